package app.commerceadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SignInPageTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void aPageAskedForBeforeSigningInOpensAfterTheSignIn() {
        String participant = PageAccounts.account("sign-in", "participant");
        try (Browser browser = Browser.open(base)) {
            browser.go("/assessments");
            assertThat(browser.path()).isEqualTo("/sign-in");
            browser.assertAccessible().screenshot("sign-in");
            browser.type("#j_username", participant).type("#j_password", PageAccounts.PASSWORD)
                    .submit("form[action='/j_security_check'] button[type=submit]");
            assertThat(browser.path()).isEqualTo("/assessments");
            assertThat(browser.text()).contains(participant);
        }
    }

    @Test
    void aWrongPasswordShowsTheSignInPageAgainWithoutTheBrowsersPasswordDialog() {
        String participant = PageAccounts.account("wrong", "participant");
        try (Browser browser = Browser.open(base)) {
            browser.go("/sign-in").type("#j_username", participant).type("#j_password", "not-the-password-at-all")
                    .submit("form[action='/j_security_check'] button[type=submit]");
            assertThat(browser.path()).isEqualTo("/sign-in");
            assertThat(browser.find("#sign-in-failed").getText()).contains("not right");
            browser.assertAccessible();
        }
    }

    @Test
    void signingOutEndsTheSessionAndTheLanguageSwitchKeepsItsChoice() {
        String participant = PageAccounts.account("out", "participant");
        try (Browser browser = Browser.open(base)) {
            browser.signIn(participant, PageAccounts.PASSWORD);
            browser.go("/assessments").submit("header form[action='/sign-out'] button");
            assertThat(browser.path()).isEqualTo("/sign-in");
            browser.go("/assessments");
            assertThat(browser.path()).isEqualTo("/sign-in");
            browser.click("header .who a[hreflang=zh]");
            assertThat(browser.find("h1").getText()).isEqualTo("登录");
            browser.go("/sign-in");
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo("zh");
            browser.assertAccessible();
        }
    }
}
