# PointsDesk image: built with the same Maven command as the README, run on a JRE 17.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
RUN mvn -B -q dependency:go-offline
COPY processes processes
COPY forms forms
COPY src src
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app pointsdesk
WORKDIR /app
COPY --from=build /src/target/pointsdesk-*.jar /app/pointsdesk.jar
USER pointsdesk
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-Duser.timezone=UTC", "-jar", "/app/pointsdesk.jar"]
