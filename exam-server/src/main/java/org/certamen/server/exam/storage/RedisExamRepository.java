package org.certamen.server.exam.storage;

import io.lettuce.core.ScriptOutputType;
import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import org.certamen.server.redis.LuaScript;
import org.certamen.server.redis.RedisConnection;
import org.certamen.server.redis.RedisFutures;
import org.certamen.server.redis.RedisKeys;
import org.certamen.server.exam.domain.Exam;
import org.certamen.server.exam.domain.ExamRepository;

/**
 * A session's exams in a hash {@code {SESSIONID}:exams} (candidate id to {@link ExamJson}), their
 * versions in {@code {SESSIONID}:exam-versions}. A save is one Lua script that compares the
 * version and writes both, so an answer and the test's next state are stored together or not at
 * all, whichever server sent them.
 */
public final class RedisExamRepository implements ExamRepository {
  private static final LuaScript SAVE = LuaScript.load("save-exam", ScriptOutputType.INTEGER);

  private final RedisConnection redis;
  private final RedisKeys keys;

  public RedisExamRepository(RedisConnection redis, RedisKeys keys) {
    this.redis = redis;
    this.keys = keys;
  }

  @Override
  public Future<Optional<Exam>> find(String sessionId, String candidateId) {
    return RedisFutures.toFuture(redis.commands().hget(keys.of(sessionId, "exams"), candidateId))
        .map(json -> Optional.ofNullable(json).map(ExamJson::decode));
  }

  @Override
  public Future<List<Exam>> listBySession(String sessionId) {
    return RedisFutures.toFuture(redis.commands().hvals(keys.of(sessionId, "exams")))
        .map(jsons -> jsons.stream().map(ExamJson::decode).toList());
  }

  @Override
  public Future<Exam> save(Exam exam) {
    Exam saved = exam.withVersion(exam.version() + 1);
    String[] examKeys = {keys.of(exam.sessionId(), "exam-versions"), keys.of(exam.sessionId(), "exams")};
    return SAVE.<Long>run(redis, examKeys, exam.candidateId(), Long.toString(exam.version()),
            Long.toString(saved.version()), ExamJson.encode(saved))
        .compose(stored -> stored == 1L ? Future.succeededFuture(saved)
            : Future.failedFuture(ExamRepository.concurrentUpdate(exam)));
  }
}
