//! Credentials of every kind (a header key, a query key, a session cookie,
//! basic and bearer authentication) reach the API and nothing else: a
//! redirect to another origin is returned, not followed, whether the client
//! built its HTTP client itself or was given the caller's `reqwest` builder.

use fixture_client::{Client, ClientBuilder, Error, RetryPolicy};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const HEADER_KEY: &str = "hk-secret-1";
const QUERY_KEY: &str = "qk-secret-2";
const SESSION: &str = "session-secret-3";
const PASSWORD: &str = "password-secret-4";
const TOKEN: &str = "token-secret-5";

fn with_every_credential(builder: ClientBuilder) -> ClientBuilder {
    builder
        .header_key(HEADER_KEY)
        .query_key(QUERY_KEY)
        .session_cookie(SESSION)
        .basic_auth("ada", PASSWORD)
        .bearer_auth(TOKEN)
        .retry(RetryPolicy::none())
}

/// Every credential value `request` carries, anywhere in its URL or headers.
fn credentials_in(request: &Request) -> Vec<&'static str> {
    let mut text = request.url.to_string();
    for (name, value) in &request.headers {
        text.push_str(&format!("\n{name}: {}", String::from_utf8_lossy(value.as_bytes())));
    }
    // Basic authentication travels base64-encoded: "ada:password-secret-4".
    let basic = "YWRhOnBhc3N3b3JkLXNlY3JldC00";
    [HEADER_KEY, QUERY_KEY, SESSION, TOKEN, basic].into_iter().filter(|secret| text.contains(secret)).collect()
}

/// The API at `api`, redirecting `/v1/account` and `/v1/session` to `elsewhere`.
async fn redirecting_api(status: u16, elsewhere: &MockServer) -> MockServer {
    let api = MockServer::start().await;
    for (route, target) in [("/v1/account", "/collect/account"), ("/v1/session", "/collect/session")] {
        let location = format!("{}{target}", elsewhere.uri());
        Mock::given(method("GET"))
            .and(path(route))
            .respond_with(ResponseTemplate::new(status).insert_header("location", location.as_str()))
            .mount(&api)
            .await;
    }
    api
}

async fn elsewhere() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "name": "collector" })))
        .mount(&server)
        .await;
    server
}

async fn assert_contained(client: Client, api: &MockServer, elsewhere: &MockServer, status: u16) {
    let account = client.get_account().await;
    assert!(matches!(&account, Err(Error::UnexpectedStatus(raw)) if raw.status == status), "{account:?}");
    let session = client.get_session().await;
    assert!(matches!(&session, Err(Error::UnexpectedStatus(raw)) if raw.status == status), "{session:?}");

    let sent = api.received_requests().await.expect("recording is on");
    assert_eq!(sent.len(), 2);
    // The API itself got them all: basic, cookie and query key with the
    // account; bearer and header key with the session.
    assert_eq!(credentials_in(&sent[0]), [QUERY_KEY, SESSION, "YWRhOnBhc3N3b3JkLXNlY3JldC00"]);
    assert_eq!(credentials_in(&sent[1]), [HEADER_KEY, TOKEN]);
    let leaked = elsewhere.received_requests().await.expect("recording is on");
    assert!(
        leaked.is_empty(),
        "{} requests reached another origin, carrying {:?}",
        leaked.len(),
        leaked.iter().map(credentials_in).collect::<Vec<_>>()
    );
}

#[tokio::test]
async fn no_credential_follows_a_redirect_to_another_origin() {
    for status in [301, 302, 303, 307, 308] {
        let elsewhere = elsewhere().await;
        let api = redirecting_api(status, &elsewhere).await;
        let client =
            with_every_credential(Client::builder().base_url(format!("{}/v1", api.uri()))).build().expect("builds");
        assert_contained(client, &api, &elsewhere, status).await;
    }
}

#[tokio::test]
async fn no_credential_follows_a_redirect_to_another_origin_with_the_callers_reqwest_client() {
    for status in [302, 307] {
        let elsewhere = elsewhere().await;
        let api = redirecting_api(status, &elsewhere).await;
        // reqwest's own policy would follow, forwarding every custom header.
        let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::limited(5));
        let client = with_every_credential(Client::builder().base_url(format!("{}/v1", api.uri())).http_client(http))
            .build()
            .expect("builds");
        assert_contained(client, &api, &elsewhere, status).await;
    }
}

#[tokio::test]
async fn credentials_echoed_by_the_server_are_blanked_out_of_error_messages() {
    let server = MockServer::start().await;
    let echo =
        format!("denied: key={QUERY_KEY} session={SESSION} password={PASSWORD} token={TOKEN} x-api-key={HEADER_KEY}");
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(403).set_body_json(json!({ "message": echo })))
        .mount(&server)
        .await;
    let client =
        with_every_credential(Client::builder().base_url(format!("{}/v1", server.uri()))).build().expect("builds");
    for error in [client.get_account().await.expect_err("403"), client.get_session().await.expect_err("403")] {
        let shown = format!("{error} {error:?}");
        assert!(
            shown.contains("403 Forbidden: \"denied: key=*** session=*** password=*** token=*** x-api-key=***\""),
            "{shown}"
        );
        for secret in [HEADER_KEY, QUERY_KEY, SESSION, PASSWORD, TOKEN] {
            assert!(!shown.contains(secret), "`{secret}` in {shown}");
        }
    }
}
