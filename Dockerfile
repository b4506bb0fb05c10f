# The exam server's image: built from the repository with Maven, run on a JRE as a non-root user.
#   docker build -t certamen/exam-server .
# Every option can be set by its CERTAMEN_* environment variable (see README, Operations).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY engine engine
COPY processes processes
COPY exam-server exam-server
COPY invigilator-ui invigilator-ui
COPY staff-ui staff-ui
COPY verification-ui verification-ui
COPY pupil-ui pupil-ui
COPY benchmarks/pom.xml benchmarks/pom.xml
RUN mvn -B -q -ntp -pl exam-server -am package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --no-create-home certamen
COPY --from=build /src/exam-server/target/exam-server.jar /opt/certamen/exam-server.jar
USER certamen
ENV CERTAMEN_PORT=8080 \
    CERTAMEN_LOG_FORMAT=json
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health/ready HTTP/1.0\\r\\n\\r\\n' >&3 && head -1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/certamen/exam-server.jar"]
