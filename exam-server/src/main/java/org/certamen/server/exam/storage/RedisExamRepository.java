package org.certamen.server.exam.storage;

import io.lettuce.core.ScriptOutputType;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.certamen.server.exam.domain.AnswerStep;
import org.certamen.server.exam.domain.Exam;
import org.certamen.server.exam.domain.ExamRepository;
import org.certamen.server.redis.LuaScript;
import org.certamen.server.redis.RedisConnection;
import org.certamen.server.redis.RedisFutures;
import org.certamen.server.redis.RedisKeys;

/**
 * A session's exams as a base and an answer log each: the hash {@code {SESSIONID}:exams}
 * (candidate id to {@link ExamJson}) holds each exam as last written whole, the list
 * {@code {SESSIONID}:exam-log:CANDIDATEID} the answers given since ({@link AnswerStepJson}), and
 * the hash {@code {SESSIONID}:exam-versions} each exam's current version. An answer appends one
 * step and advances the version in one Lua script guarded by the version read, about 300 bytes of
 * append-only file instead of the whole exam; any other change writes the exam whole and empties
 * its log. Reading an exam reads its base and log together and applies the steps (no item is
 * chosen again), so every server sees the same exam, and a rescoring replays the same responses.
 */
public record RedisExamRepository(RedisConnection redis, RedisKeys keys)
    implements ExamRepository {
  private static final LuaScript SAVE = LuaScript.load("save-versioned", ScriptOutputType.INTEGER);
  private static final LuaScript APPEND = LuaScript.load("append-answer", ScriptOutputType.INTEGER);
  private static final LuaScript LOAD = LuaScript.load("load-exam", ScriptOutputType.MULTI);

  @Override
  public Future<Optional<Exam>> find(String sessionId, String candidateId) {
    return LOAD.<List<String>>run(redis, new String[] {keys.of(sessionId, "exams"),
            logKey(sessionId, candidateId)}, candidateId)
        .map(stored -> stored.isEmpty() ? Optional.empty() : Optional.of(materialised(stored)));
  }

  @Override
  public Future<List<Exam>> listBySession(String sessionId) {
    // Versions first: an exam whose base is at least as recent has no step to read.
    return RedisFutures.toFuture(redis.commands().hgetall(keys.of(sessionId, "exam-versions")))
        .compose(versions -> RedisFutures.toFuture(
                redis.commands().hvals(keys.of(sessionId, "exams")))
            .compose(bases -> withSteps(sessionId, versions, bases)));
  }

  private Future<List<Exam>> withSteps(String sessionId, Map<String, String> versions,
      List<String> bases) {
    List<Future<Exam>> exams = new ArrayList<>(bases.size());
    for (String base : bases) {
      Exam exam = ExamJson.decode(base);
      String version = versions.get(exam.candidateId());
      exams.add(version == null || Long.parseLong(version) <= exam.version()
          ? Future.succeededFuture(exam)
          : find(sessionId, exam.candidateId()).map(Optional::orElseThrow));
    }
    return Future.all(exams).map(all -> all.<Exam>list());
  }

  @Override
  public Future<Exam> save(Exam exam) {
    Exam saved = exam.withVersion(exam.version() + 1);
    String[] examKeys = {keys.of(exam.sessionId(), "exam-versions"),
        keys.of(exam.sessionId(), "exams"), logKey(exam.sessionId(), exam.candidateId())};
    return stored(exam, saved, SAVE.run(redis, examKeys, exam.candidateId(),
        Long.toString(exam.version()), Long.toString(saved.version()), ExamJson.encode(saved)));
  }

  @Override
  public Future<Exam> save(Exam before, Exam after) {
    Optional<AnswerStep> step = AnswerStep.between(before, after);
    if (step.isEmpty()) {
      return save(after);
    }
    Exam saved = after.withVersion(after.version() + 1);
    String[] stepKeys = {keys.of(after.sessionId(), "exam-versions"),
        logKey(after.sessionId(), after.candidateId())};
    return stored(after, saved, APPEND.run(redis, stepKeys, after.candidateId(),
        Long.toString(after.version()), Long.toString(saved.version()),
        AnswerStepJson.encode(step.get())));
  }

  private static Future<Exam> stored(Exam exam, Exam saved, Future<Long> reply) {
    return reply.compose(stored -> stored == 1L ? Future.succeededFuture(saved)
        : Future.failedFuture(ExamRepository.concurrentUpdate(exam)));
  }

  /** The base followed by its steps, as {@code load-exam} returns them. */
  private static Exam materialised(List<String> stored) {
    Exam exam = ExamJson.decode(stored.get(0));
    for (String step : stored.subList(1, stored.size())) {
      exam = AnswerStepJson.decode(step).applyTo(exam);
    }
    return exam;
  }

  private String logKey(String sessionId, String candidateId) {
    return keys.of(sessionId, "exam-log:" + candidateId);
  }
}
