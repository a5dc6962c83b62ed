package app.commerceadvisor.web;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Accounts and cohorts for the browser tests, made through the API by the tests' trainer; every name is new,
 * so tests sharing the in-memory database do not meet each other's data.
 */
final class PageAccounts {

    static final String PASSWORD = "page-test-password";

    private PageAccounts() {
    }

    static String account(String prefix, String role) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body(Map.of("username", username, "password", PASSWORD, "roles", List.of(role)))
                .when().post("/api/accounts").then().statusCode(201);
        return username;
    }

    /** A cohort with these members; returns its id. */
    static String cohort(String participant, String coach) {
        String id = given().contentType(ContentType.JSON).body(Map.of("name", "Spring cohort " + UUID.randomUUID().toString().substring(0, 4)))
                .when().post("/api/cohorts").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("role", "participant"))
                .when().put("/api/cohorts/" + id + "/members/" + participant).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("role", "coach"))
                .when().put("/api/cohorts/" + id + "/members/" + coach).then().statusCode(200);
        return id;
    }
}
