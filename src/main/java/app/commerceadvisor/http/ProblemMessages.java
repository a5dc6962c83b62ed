package app.commerceadvisor.http;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of an error answer ({@code detail} and {@code errors[].message}), in English here and in
 * Chinese in {@code messages/msg_zh.properties}. Field names, question ids, option ids and numbers are
 * passed in and stay as they are in every language. Get it in a language with
 * {@link ProblemLanguage#messages(String)}; errors carry a {@link ProblemText} and are worded when the
 * answer is written, in the language of the request.
 */
@MessageBundle(locale = "en")
public interface ProblemMessages {

    // --- the detail of an answer ---

    @Message("The request has invalid parameters")
    String invalidParameters();

    @Message("The request has invalid fields; nothing was stored")
    String invalidFields();

    @Message("The request body must be JSON; nothing was stored")
    String bodyNotJson();

    @Message("A form was posted without the CSRF token of the page it came from, so nothing was done; the API takes JSON (Content-Type: application/json) or no body")
    String formWithoutCsrfToken();

    @Message("The request body cannot be read; nothing was stored")
    String bodyUnreadable();

    @Message("The request body is too large; nothing was stored")
    String bodyTooLarge();

    @Message("The service could not answer this request; the error has been logged")
    String unexpectedError();

    @Message("The service is answering as many assessments as it can; nothing was stored. Try again in {seconds} s")
    String serviceBusy(long seconds);

    @Message("A preview is running already; this one was not started. Try again in {seconds} s")
    String previewRunning(long seconds);

    @Message("The stored answers no longer fit the questionnaire of the active version {version}; nothing was changed")
    String storedAnswersNoLongerFit(String version);

    @Message("The rules or the knowledge base on disk have problems; nothing was replayed and the active version is unchanged")
    String contentHasProblems();

    @Message("no assessment with id '{id}'")
    String noAssessment(String id);

    @Message("Sign in: send the user name and password of your account (HTTP Basic)")
    String signInRequired();

    @Message("Your account's roles do not allow this")
    String notForYourRole();

    @Message("Only the participant who submitted this assessment can change its answers")
    String onlyTheOwnerChangesAnswers();

    @Message("2 to 63 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit")
    String usernameRule();

    @Message("is too short: at least {min} characters")
    String passwordTooShort(int min);

    @Message("is too long: at most {max} bytes")
    String passwordTooLong(int max);

    @Message("one or more of: {roles}")
    String rolesRule(String roles);

    @Message("does not match the account's present password")
    String currentPasswordWrong();

    @Message("the user name '{username}' is taken")
    String usernameTaken(String username);

    @Message("is required")
    String required();

    @Message("one of: {values}")
    String oneOf(String values);

    @Message("no cohort with id '{id}'")
    String noCohort(String id);

    @Message("no account named '{username}'")
    String noAccount(String username);

    @Message("a cohort named '{name}' exists already")
    String cohortNameTaken(String name);

    @Message("the account '{username}' cannot be a {role}: its roles are {roles}")
    String accountLacksRole(String username, String role, String roles);

    @Message("no finding with id '{id}' in this assessment's latest revision")
    String noFinding(String id);

    @Message("is too long: at most {max} characters")
    String noteTooLong(int max);

    @Message("a summary note has no verdict; send only note")
    String summaryHasNoVerdict();

    @Message("no review with id '{id}'")
    String noReview(String id);

    @Message("Only a coach's disagreement with a finding becomes a scenario")
    String onlyDisagreementsBecomeScenarios();

    @Message("The scenario {file} exists already")
    String scenarioExists(String file);

    @Message("no revision '{revision}' of an assessment with id '{id}'")
    String noRevision(String revision, String id);

    @Message("The version {version} this assessment was made with can no longer be loaded; read it without lang, in its own language {language}")
    String assessmentVersionGone(String version, String language);

    @Message("The stored report of this assessment cannot be read again; read it without lang")
    String reportCannotBeReadAgain();

    @Message("The stored report of this assessment cannot be read; its answers cannot be changed")
    String answersCannotBeChanged();

    @Message("The answers of this assessment were being changed by other requests at the same time; read it again and send the change once more")
    String answersChangedMeanwhile();

    @Message("Not Found")
    String pathNotFound();

    @Message("Method Not Allowed")
    String methodNotAllowed();

    /** Any other refusal by the HTTP layer; in English its reason phrase. */
    @Message("{status.reason}")
    String otherStatus(HttpStatus status);

    // --- the body, its size, its media type ---

    @Message("larger than the limit of {limit} bytes")
    String largerThanLimit(long limit);

    @Message("is missing; send the body as application/json")
    String contentTypeMissing();

    @Message("is '{header}'; send the body as application/json")
    String contentTypeNotJson(String header);

    @Message("'{header}' is not a media type; send application/json")
    String contentTypeInvalid(String header);

    @Message("names charset '{charset}'; only UTF-8 is accepted")
    String charsetNotUtf8(String charset);

    /** Where in the body, appended to a message; empty when the parser does not know. */
    @Message(" at line {line}, column {column}")
    String position(int line, int column);

    @Message("is empty; expected a JSON object")
    String bodyEmpty();

    @Message("has more after the JSON value{at}; send exactly one JSON object")
    String moreAfterJson(String at);

    @Message("has a number too long to be read{at}")
    String numberTooLong(String at);

    /** {@code reason} is the parser's own explanation, in English, or empty when it has none fit to pass on. */
    @Message("is not well-formed JSON{at}{#if reason} ({reason}){/if}")
    String notWellFormedJson(String at, String reason);

    @Message("cannot be read as JSON")
    String notReadableJson();

    @Message("is given twice; give every field once")
    String givenTwice();

    @Message("is nested more than {levels} levels deep")
    String nestedTooDeep(int levels);

    /** {@code escape} is the lone half as a JSON escape, e.g. a backslash, u and d800. */
    @Message("holds {escape}, half of a surrogate pair without its other half; text must be valid Unicode")
    String halfSurrogate(String escape);

    @Message("is not valid UTF-8: byte {position} starts an invalid or overlong sequence")
    String notUtf8(long position);

    @Message("unknown field; known fields: {known}")
    String unknownField(String known);

    @Message("is not well-formed JSON of the expected shape{at}")
    String wrongShape(String at);

    @Message("has the wrong type{at}")
    String wrongType(String at);

    // --- what kind of JSON value was sent ---

    @Message("null")
    String kindNull();

    @Message("a list")
    String kindList();

    @Message("an object")
    String kindObject();

    @Message("a number")
    String kindNumber();

    @Message("a boolean")
    String kindBoolean();

    @Message("a string")
    String kindString();

    // --- POST /api/assessments ---

    @Message("must be a JSON object with the fields participant, language and answers")
    String assessmentNotObject();

    @Message("is required: who answered, e.g. a name or a participant id")
    String participantRequired();

    @Message("must be a text, not {kind}")
    String mustBeText(String kind);

    @Message("must not be blank")
    String mustNotBeBlank();

    @Message("is {length} characters long; at most {maximum} are allowed")
    String tooManyCharacters(int length, int maximum);

    @Message("is required: the language of the report, e.g. \"en\"")
    String reportLanguageRequired();

    @Message("must be a language code as a text, e.g. \"en\", not {kind}")
    String languageNotText(String kind);

    @Message("is required: an object keyed by question id ({} when nothing is answered)")
    String answersRequired();

    @Message("must be an object keyed by question id, e.g. {\"content-lead\": false}, not {kind}")
    String answersNotObject(String kind);

    // --- answers against the questionnaire ---

    @Message("has {entries} entries; the questionnaire has {questions} questions")
    String tooManyAnswers(int entries, int questions);

    @Message("unknown question id '{id}'")
    String unknownQuestion(String id);

    @Message("only asked when '{question}' is answered with one of: {options}")
    String onlyAskedWhen(String question, String options);

    @Message("expected true or false (or \"yes\"/\"no\"), got {kind}")
    String expectedYesNo(String kind);

    @Message("expected one option id as a string, got {kind}")
    String expectedOneOption(String kind);

    @Message("'{option}' is not an option of this question; options: {options}")
    String notAnOption(String option, String options);

    @Message("expected a list of option ids, got {kind}")
    String expectedOptionList(String kind);

    @Message("expected a list of option ids, got an element that is {kind}")
    String expectedOptionListElement(String kind);

    @Message("option '{option}' is chosen twice")
    String optionChosenTwice(String option);

    @Message("option '{option}' cannot be combined with other options")
    String optionNotCombinable(String option);

    @Message("expected a number, got {kind}")
    String expectedNumber(String kind);

    @Message("the number is out of range")
    String numberOutOfRange();

    @Message("must not be negative")
    String mustNotBeNegative();

    @Message("must be at least {minimum}")
    String atLeast(String minimum);

    @Message("must be at most {maximum}")
    String atMost(String maximum);

    @Message("expected a text, got {kind}")
    String expectedText(String kind);

    @Message("text too long: {length} characters, at most {maximum} allowed")
    String textTooLong(int length, int maximum);

    @Message("unsupported language '{language}'; the knowledge base is written in {languages}")
    String unsupportedLanguage(String language, String languages);

    @Message("cannot be read from the stored report")
    String storedAnswersUnreadable();

    // --- what-if ---

    @Message("must be a JSON object with the field answers")
    String whatIfNotObject();

    @Message("is required: an object keyed by question id with the answers to change")
    String changedAnswersRequired();

    @Message("must be an object keyed by question id, e.g. {\"content-lead\": true}")
    String changedAnswersNotObject();

    // --- interview ---

    @Message("must be a JSON object with the fields language, answers and skipped")
    String interviewNotObject();

    @Message("is required: the language of the questions, e.g. \"en\"")
    String questionLanguageRequired();

    @Message("is required: an object keyed by question id ({} to start)")
    String interviewAnswersRequired();

    @Message("must be a list of question ids")
    String skippedNotList();

    @Message("must be a question id as a text")
    String skippedNotText();
}
