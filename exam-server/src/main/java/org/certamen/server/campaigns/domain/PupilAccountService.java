package org.certamen.server.campaigns.domain;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.certamen.server.limits.domain.RateLimiter;
import org.certamen.server.roster.domain.Pupil;
import org.certamen.server.roster.domain.RosterService;
import org.certamen.server.shared.DomainException;
import org.certamen.server.shared.ErrorKind;
import org.certamen.server.shared.PasswordCheck;
import org.certamen.server.shared.PasswordHasher;
import org.certamen.server.shared.RandomIds;

/**
 * Pupils' accounts: a pupil creates theirs with a campaign code and their identity as the school's
 * roster has it, or the school prints one-time passwords for a class; pupils then log in with
 * their identifier. Futures fail with {@link DomainException}: {@code WEAK_PASSWORD},
 * {@code CAMPAIGN_NOT_FOUND}, {@code PUPIL_NOT_FOUND}, {@code PUPIL_AMBIGUOUS},
 * {@code ACCOUNT_EXISTS}, {@code WRONG_CREDENTIALS}, {@code TOO_MANY_ATTEMPTS},
 * {@code INVALID_TOKEN}.
 */
public record PupilAccountService(PupilAccountRepository accounts, CampaignService campaigns,
    RosterService roster, RateLimiter limiter, PasswordHasher passwords, Clock clock) {
  public static final Duration LOGIN_TTL = Duration.ofHours(4);
  public static final int MIN_PASSWORD_LENGTH = 8;
  /** Rate-limit scopes (the limiter counts per scope and key). */
  private static final String SIGN_UP_SCOPE = "pupil-accounts";
  private static final String LOGIN_SCOPE = "pupil-logins";
  private static final int ONE_TIME_PASSWORD_LENGTH = 10;
  /** Namesakes born the same day tried before giving up: a school never has that many. */
  private static final int IDENTIFIER_DRAWS = 100;

  /**
   * A pupil creates their account: the campaign's code names the school, whose roster must hold
   * exactly one active pupil of that identity (names folded as at exam entry). Wrong codes and
   * identities are rate-limited per client address, as lookups: a class behind one school address
   * is blocked only by failures. Returns the pupil logged in.
   */
  public Future<PupilLogin> create(String campaignCode, String lastName, String firstName,
      LocalDate birthdate, String password, String clientAddress) {
    if (password.length() < MIN_PASSWORD_LENGTH) {
      return Future.failedFuture(weakPassword());
    }
    return french(limiter.guardLookup(SIGN_UP_SCOPE, "address:" + clientAddress,
            () -> campaigns.byCode(campaignCode).compose(campaign -> roster.findByIdentity(
                campaign.centreId(), lastName, firstName, birthdate)).map(PupilAccountService::one),
            RateLimiter.codes("CAMPAIGN_NOT_FOUND", "PUPIL_NOT_FOUND")))
        .compose(pupil -> accounts.findByPupil(pupil.centreId(), pupil.id()).compose(existing -> {
          if (existing.isPresent()) {
            throw DomainException.conflict("ACCOUNT_EXISTS", "Vous avez déjà un compte :"
                + " connectez-vous avec votre identifiant, ou demandez-le à votre établissement.");
          }
          return passwords.hash(password);
        }).compose(hash -> claim(pupil, hash, false, 1)))
        .compose(this::logIn);
  }

  private static Pupil one(List<Pupil> found) {
    if (found.isEmpty()) {
      throw DomainException.notFound("PUPIL_NOT_FOUND", "Aucun élève de cet établissement ne"
          + " porte ce nom avec cette date de naissance : vérifiez l'orthographe et la date,"
          + " ou adressez-vous à votre enseignant ou enseignante.");
    }
    if (found.size() > 1) {
      throw DomainException.conflict("PUPIL_AMBIGUOUS", "Plusieurs élèves de l'établissement"
          + " portent ce nom avec cette date de naissance : demandez à votre enseignant ou"
          + " enseignante de vous donner votre identifiant.");
    }
    return found.get(0);
  }

  /** Stores the account under the first free identifier of {@code prenom.nomJJMM}. */
  private Future<PupilAccount> claim(Pupil pupil, String hash, boolean oneTime, int n) {
    String base = PupilIdentifiers.base(pupil.firstName(), pupil.lastName(), pupil.birthdate());
    PupilAccount account = new PupilAccount(PupilIdentifiers.nth(base, n), pupil.centreId(),
        pupil.id(), hash, oneTime, clock.instant());
    return accounts.create(account).compose(creation -> switch (creation) {
      case CREATED -> Future.succeededFuture(account);
      case PUPIL_HAS_ACCOUNT -> Future.failedFuture(DomainException.conflict("ACCOUNT_EXISTS",
          "Vous avez déjà un compte : connectez-vous avec votre identifiant."));
      case IDENTIFIER_TAKEN -> n < IDENTIFIER_DRAWS ? claim(pupil, hash, oneTime, n + 1)
          : Future.failedFuture(new IllegalStateException("No free identifier for " + base));
    });
  }

  /**
   * A pupil logs in with their identifier. Wrong passwords are rate-limited per identifier,
   * whatever the address: a class shares its school's address, a guesser targets an account.
   */
  public Future<PupilLogin> login(String identifier, String password) {
    String id = PupilIdentifiers.normalise(identifier);
    return french(limiter.guard(LOGIN_SCOPE, "identifier:" + id,
        () -> accounts.find(id).compose(account -> checkPassword(account, password))
            .compose(this::logIn),
        RateLimiter.codes("WRONG_CREDENTIALS")));
  }

  /** The account when the password is its own, else {@code WRONG_CREDENTIALS}. */
  private Future<PupilAccount> checkPassword(Optional<PupilAccount> account, String password) {
    return PasswordCheck.verify(passwords, password, account.map(PupilAccount::passwordHash))
        .map(verification -> {
          if (!verification.matches()) {
            throw DomainException.forbidden("WRONG_CREDENTIALS",
                "Identifiant ou mot de passe incorrect.");
          }
          return account.get();
        });
  }

  private Future<PupilLogin> logIn(PupilAccount account) {
    PupilLogin login = new PupilLogin(PupilLogin.PREFIX + RandomIds.tokenSecret(),
        account.identifier(), clock.instant().plus(LOGIN_TTL));
    return accounts.logins().save(login).map(login);
  }

  /** The pupil a token belongs to, their account read again (a reset password applies at once). */
  public Future<PupilUser> authenticate(String token) {
    return accounts.logins().find(token).compose(found -> {
      PupilLogin login = found.orElseThrow(PupilAccountService::invalidToken);
      return accounts.find(login.identifier()).map(account ->
          new PupilUser(login, account.orElseThrow(PupilAccountService::invalidToken)));
    });
  }

  /** The pupil chooses their password (required after a one-time password). */
  public Future<PupilAccount> changePassword(PupilUser user, String password) {
    if (password.length() < MIN_PASSWORD_LENGTH) {
      return Future.failedFuture(weakPassword());
    }
    return passwords.hash(password).compose(hash -> {
      PupilAccount changed = user.account().withPassword(hash, false);
      return accounts.save(changed).map(changed);
    });
  }

  /**
   * One-time passwords for the active pupils of a class, to print: an account is created for a
   * pupil who has none, and a pupil who has one gets a new password (the old one stops working),
   * to change at their first login. Sorted by name.
   */
  public Future<PrintedCredentials> printCredentials(String centreId, String division) {
    return roster.pupils(centreId).compose(all -> {
      List<Pupil> pupils = all.stream()
          .filter(p -> p.active() && p.division() != null && p.division().equals(division))
          .sorted(Comparator.comparing(Pupil::lastName).thenComparing(Pupil::firstName))
          .toList();
      List<Future<PrintedCredentials.Line>> lines = new ArrayList<>();
      for (Pupil pupil : pupils) {
        lines.add(oneTimePassword(pupil));
      }
      return Future.all(lines).map(done -> new PrintedCredentials(division,
          lines.stream().map(Future::result).toList()));
    });
  }

  private Future<PrintedCredentials.Line> oneTimePassword(Pupil pupil) {
    String password = RandomIds.code(ONE_TIME_PASSWORD_LENGTH, CampaignCode.ALPHABET)
        .toLowerCase(java.util.Locale.ROOT);
    return passwords.hash(password).compose(hash -> accounts.findByPupil(pupil.centreId(),
        pupil.id()).compose(existing -> existing.isPresent()
            ? accounts.save(existing.get().withPassword(hash, true)).map(existing.get())
            : claim(pupil, hash, true, 1)))
        .map(account -> new PrintedCredentials.Line(pupil.lastName(), pupil.firstName(),
            account.identifier(), password));
  }

  /** The limiter's refusal, worded for pupils. */
  private static <T> Future<T> french(Future<T> attempt) {
    return attempt.recover(failure -> Future.failedFuture(
        failure instanceof DomainException e && e.kind() == ErrorKind.TOO_MANY_ATTEMPTS
            ? new DomainException(ErrorKind.TOO_MANY_ATTEMPTS, "TOO_MANY_ATTEMPTS",
                "Trop d'essais ont échoué : attendez " + RateLimiter.WINDOW.toMinutes()
                    + " minutes avant de réessayer.")
            : failure));
  }

  private static DomainException weakPassword() {
    return DomainException.invalid("WEAK_PASSWORD",
        "Le mot de passe doit contenir au moins " + MIN_PASSWORD_LENGTH + " caractères.");
  }

  private static DomainException invalidToken() {
    return new DomainException(ErrorKind.UNAUTHENTICATED, "INVALID_TOKEN",
        "Votre connexion a expiré : reconnectez-vous.");
  }
}
