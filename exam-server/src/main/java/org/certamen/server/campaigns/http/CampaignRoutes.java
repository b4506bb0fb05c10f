package org.certamen.server.campaigns.http;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.certamen.engine.framework.Competence;
import org.certamen.engine.framework.CompetenceFramework;
import org.certamen.engine.positioning.Parcours;
import org.certamen.server.campaigns.domain.Campaign;
import org.certamen.server.campaigns.domain.CampaignAnalysis;
import org.certamen.server.campaigns.domain.CampaignObjective;
import org.certamen.server.campaigns.domain.CampaignService;
import org.certamen.server.campaigns.domain.NewCampaign;
import org.certamen.server.campaigns.domain.Participant;
import org.certamen.server.campaigns.domain.ParticipationService;
import org.certamen.server.campaigns.domain.ParticipationStatus;
import org.certamen.server.campaigns.domain.Positioning;
import org.certamen.server.campaigns.domain.PupilAccountService;
import org.certamen.server.campaigns.domain.Sending;
import org.certamen.server.centre.http.CentreGuard;
import org.certamen.server.http.JsonRequest;
import org.certamen.server.http.PublicUrl;
import org.certamen.server.http.Replies;
import org.certamen.server.http.Replies.Attachment;
import org.certamen.server.shared.DomainException;
import org.certamen.server.shared.RecordJson;
import org.certamen.server.shared.TextFolding;

/**
 * The parcours catalogue, and what a school's members do with campaigns: create them, follow the
 * activity, read results and analysis, download the exports, print pupils' credentials.
 */
public record CampaignRoutes(CampaignService campaigns, ParticipationService participations,
    PupilAccountService accounts, Positioning positioning, CampaignGuards guards, CampaignCsv csv,
    Map<String, String> competenceNames, PublicUrl publicUrl) {
  public static void mount(Router router, CampaignService campaigns,
      ParticipationService participations, PupilAccountService accounts,
      Positioning positioning, CentreGuard centreGuard, ZoneId zone, PublicUrl publicUrl) {
    CompetenceFramework framework = positioning.bank().framework();
    CampaignRoutes routes = new CampaignRoutes(campaigns, participations, accounts, positioning,
        new CampaignGuards(centreGuard, accounts, campaigns), new CampaignCsv(framework, zone),
        framework.competences().stream().collect(Collectors.toMap(Competence::code,
            Competence::name)), publicUrl);
    router.get("/api/parcours").handler(Replies.json(200, routes::catalogue));
    router.get("/api/parcours/:parcoursId").handler(Replies.json(200, routes::parcours));
    router.post("/api/centres/:centreId/campaigns").handler(Replies.json(201, routes::create));
    router.get("/api/centres/:centreId/campaigns").handler(Replies.json(200, routes::list));
    router.get("/api/campaigns/:campaignId").handler(Replies.json(200, routes::campaign));
    router.get("/api/campaigns/:campaignId/activity").handler(Replies.json(200, routes::activity));
    router.get("/api/campaigns/:campaignId/participants/:participationId")
        .handler(Replies.json(200, routes::participant));
    router.get("/api/campaigns/:campaignId/results").handler(Replies.json(200, routes::results));
    router.get("/api/campaigns/:campaignId/analysis").handler(Replies.json(200, routes::analysis));
    router.get("/api/campaigns/:campaignId/results.csv")
        .handler(Replies.attachment(routes::resultsCsv));
    router.get("/api/campaigns/:campaignId/profiles.csv")
        .handler(Replies.attachment(routes::profilesCsv));
    router.post("/api/centres/:centreId/pupil-credentials.pdf")
        .handler(Replies.attachment(routes::credentialsPdf));
  }

  /** The catalogue, filtered by a part of the name and by category when asked. */
  private Future<JsonArray> catalogue(RoutingContext ctx) {
    String name = ctx.queryParams().get("name");
    String category = ctx.queryParams().get("category");
    Predicate<Parcours> named = name == null || name.isBlank() ? p -> true
        : p -> TextFolding.fold(p.name()).contains(TextFolding.fold(name));
    JsonArray array = new JsonArray();
    campaigns.catalogue().all().stream().filter(named)
        .filter(p -> category == null || category.isBlank() || p.category().equals(category))
        .forEach(p -> array.add(CampaignJsons.parcours(p)));
    return Future.succeededFuture(array);
  }

  private Future<JsonObject> parcours(RoutingContext ctx) {
    return Future.succeededFuture(campaigns.catalogue().byId(ctx.pathParam("parcoursId"))
        .map(CampaignJsons::parcours)
        .orElseThrow(() -> DomainException.notFound("PARCOURS_NOT_FOUND",
            "Ce parcours n'existe pas.")));
  }

  private Future<JsonObject> create(RoutingContext ctx) {
    JsonRequest body = JsonRequest.of(ctx);
    NewCampaign draft = new NewCampaign(body.text("name"), objective(body),
        body.optionalText("parcoursId"), body.optionalText("title"),
        body.optionalText("landingText"), body.bool("multipleSendings", false));
    return guards.member(ctx)
        .compose(user -> campaigns.create(user.centreId(), user.member().email(), draft))
        .map(RecordJson::toJson);
  }

  private static CampaignObjective objective(JsonRequest body) {
    return body.constant("objective", CampaignObjective.class,
        "must be ASSESSMENT or PROFILES_COLLECTION");
  }

  private Future<JsonArray> list(RoutingContext ctx) {
    return guards.member(ctx).compose(user -> campaigns.ofCentre(user.centreId()))
        .map(all -> {
          JsonArray array = new JsonArray();
          all.forEach(c -> array.add(campaignJson(c)));
          return array;
        });
  }

  private Future<JsonObject> campaign(RoutingContext ctx) {
    return guards.campaign(ctx).map(this::campaignJson);
  }

  private JsonObject campaignJson(Campaign campaign) {
    JsonObject json = RecordJson.toJson(campaign);
    if (campaign.isAssessment()) {
      json.put("parcours", CampaignJsons.parcours(positioning.parcours(campaign)));
    }
    return json;
  }

  /**
   * Counts by status, and the participants filtered by {@code status}, {@code division} and a
   * part of the name ({@code name}, folded as names are).
   */
  private Future<JsonObject> activity(RoutingContext ctx) {
    String status = ctx.queryParams().get("status");
    String division = ctx.queryParams().get("division");
    String name = ctx.queryParams().get("name");
    return guards.campaign(ctx).compose(participations::participants).map(all -> {
      JsonObject counts = new JsonObject();
      for (ParticipationStatus s : ParticipationStatus.values()) {
        counts.put(s.name(), all.stream().filter(p -> p.participation().status() == s).count());
      }
      JsonArray participants = new JsonArray();
      all.stream()
          .filter(p -> status == null || status.isBlank()
              || p.participation().status().name().equals(status))
          .filter(p -> division == null || division.isBlank()
              || division.equals(p.pupil().division()))
          .filter(p -> name == null || name.isBlank() || TextFolding.fold(
              p.pupil().lastName() + " " + p.pupil().firstName()).contains(TextFolding.fold(name)))
          .forEach(p -> participants.add(CampaignJsons.participant(p)));
      return new JsonObject()
          .put("total", all.size())
          .put("counts", counts)
          .put("divisions", divisions(all))
          .put("participants", participants);
    });
  }

  private static JsonArray divisions(List<Participant> all) {
    return new JsonArray(all.stream().map(p -> p.pupil().division()).distinct().sorted()
        .map(d -> (Object) d).toList());
  }

  private Future<JsonObject> participant(RoutingContext ctx) {
    String participationId = ctx.pathParam("participationId");
    return guards.campaign(ctx).compose(participations::participants).map(all -> all.stream()
        .filter(p -> p.participation().id().equals(participationId)).findFirst()
        .map(CampaignJsons::participantDetail)
        .orElseThrow(() -> DomainException.notFound("PARTICIPATION_NOT_FOUND",
            "Cette participation n'existe pas dans cette campagne.")));
  }

  /**
   * The participants who sent, each with the mastery rate and tier of their latest sending; the
   * tiers' counts over the class asked ({@code division}), the list filtered by {@code tier} too.
   */
  private Future<JsonObject> results(RoutingContext ctx) {
    String division = ctx.queryParams().get("division");
    Integer tier = tierParam(ctx);
    return assessment(ctx).compose(participations::participants).map(all -> {
      List<Participant> sent = all.stream()
          .filter(p -> p.participation().latestSending().isPresent())
          .filter(p -> division == null || division.isBlank()
              || division.equals(p.pupil().division()))
          .toList();
      int[] counts = new int[5];
      JsonArray participants = new JsonArray();
      for (Participant p : sent) {
        Sending latest = p.participation().latestSending().orElseThrow();
        int its = Sending.tier(latest.masteryRate());
        counts[its]++;
        if (tier == null || tier == its) {
          participants.add(CampaignJsons.participant(p).mergeIn(CampaignJsons.sending(latest)));
        }
      }
      JsonArray tiers = new JsonArray();
      for (int t = 1; t <= 4; t++) {
        tiers.add(new JsonObject().put("tier", t).put("label", CampaignJsons.tierLabel(t))
            .put("count", counts[t]));
      }
      return new JsonObject()
          .put("sent", sent.size())
          .put("averageMasteryRate", sent.stream().mapToDouble(p ->
              p.participation().latestSending().orElseThrow().masteryRate()).average().orElse(0))
          .put("tiers", tiers)
          .put("divisions", divisions(all))
          .put("participants", participants);
    });
  }

  private static Integer tierParam(RoutingContext ctx) {
    String tier = ctx.queryParams().get("tier");
    if (tier == null || tier.isBlank()) {
      return null;
    }
    if (!tier.matches("[1-4]")) {
      throw DomainException.invalid("INVALID_PARAMETER", "Le palier est un nombre de 1 à 4.");
    }
    return Integer.parseInt(tier);
  }

  private Future<JsonObject> analysis(RoutingContext ctx) {
    return assessment(ctx).compose(participations::participants)
        .map(all -> CampaignJsons.analysis(CampaignAnalysis.of(all.stream()
            .flatMap(p -> p.participation().latestSending().stream()).toList()), competenceNames));
  }

  private Future<Attachment> resultsCsv(RoutingContext ctx) {
    return assessment(ctx).compose(campaign -> participations.participants(campaign)
        .map(all -> csvFile(ctx, "resultats", csv.results(positioning.parcours(campaign), all))));
  }

  private Future<Attachment> profilesCsv(RoutingContext ctx) {
    return guards.campaign(ctx).map(campaign -> {
      if (campaign.isAssessment()) {
        throw DomainException.conflict("NOT_A_PROFILES_COLLECTION",
            "Cette campagne est une évaluation : téléchargez ses résultats.");
      }
      return campaign;
    }).compose(participations::participants)
        .map(all -> csvFile(ctx, "profils", csv.profiles(all)));
  }

  private static Attachment csvFile(RoutingContext ctx, String name, String text) {
    return new Attachment(Buffer.buffer(text), "text/csv; charset=utf-8",
        name + "-" + ctx.pathParam("campaignId") + ".csv");
  }

  private Future<Campaign> assessment(RoutingContext ctx) {
    return guards.campaign(ctx).map(campaign -> {
      if (!campaign.isAssessment()) {
        throw DomainException.conflict("NOT_AN_ASSESSMENT",
            "Cette campagne est une collecte de profils : elle n'a ni résultats ni analyse.");
      }
      return campaign;
    });
  }

  /** Prints one-time passwords for the class {@code division}; rendered on a worker thread. */
  private Future<Attachment> credentialsPdf(RoutingContext ctx) {
    String division = ctx.queryParams().get("division");
    if (division == null || division.isBlank()) {
      throw DomainException.invalid("INVALID_PARAMETER", "Choisissez la classe à imprimer.");
    }
    String url = publicUrl.base(ctx) + "/eleve/";
    return guards.member(ctx)
        .compose(user -> accounts.printCredentials(user.centreId(), division))
        .compose(credentials -> {
          if (credentials.lines().isEmpty()) {
            throw DomainException.notFound("DIVISION_NOT_FOUND",
                "Aucun élève de la classe " + division + " dans la liste de l'établissement.");
          }
          return ctx.vertx().executeBlocking(() -> new Attachment(
              Buffer.buffer(CredentialsPdf.write(credentials, url)), "application/pdf",
              "identifiants.pdf"));
        });
  }
}
