//! How answers map to results, against a local server: a 2xx the document
//! does not list still decodes as the operation's only success type (with
//! its real status), documented statuses keep their exact mapping, and
//! errors keep the body's bytes and say, briefly, what the server said.

use fixture_client::operations::ListPetsError;
use fixture_client::types::{NewPet, Pet};
use fixture_client::{Client, Error, RetryPolicy};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn answering(verb: &str, route: &str, template: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method(verb)).and(path(route)).respond_with(template).mount(&server).await;
    server
}

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(format!("{}/v1", server.uri()))
        .header_key("hk")
        .query_key("qk")
        .retry(RetryPolicy::none())
        .build()
        .expect("client builds")
}

fn tom() -> NewPet {
    NewPet { name: "Tom".into(), species: None }
}

#[tokio::test]
async fn an_undocumented_2xx_decodes_as_the_only_success_type() {
    // The document says 201; servers set the status at run time.
    for status in [200, 202, 299] {
        let server = answering(
            "POST",
            "/v1/pets",
            ResponseTemplate::new(status).set_body_json(json!({ "id": "p1", "name": "Tom" })),
        )
        .await;
        let created = client(&server).create_pet(tom()).await.unwrap_or_else(|e| panic!("{status}: {e}"));
        assert_eq!(created.status().as_u16(), status, "the real status is kept");
        assert_eq!(*created.body(), Pet { id: "p1".into(), name: Some("Tom".into()) });
    }
}

#[tokio::test]
async fn an_undocumented_2xx_with_an_empty_or_undecodable_body_is_a_decode_error() {
    for (status, body) in [(200, ""), (204, ""), (200, "{\"name\": \"no id\"}"), (202, "<html>accepted</html>")] {
        let server = answering("POST", "/v1/pets", ResponseTemplate::new(status).set_body_string(body)).await;
        match client(&server).create_pet(tom()).await {
            Err(Error::Decode(decode)) => {
                assert_eq!((decode.status.as_u16(), &decode.body[..]), (status, body.as_bytes()));
            }
            other => panic!("{status} {body:?}: expected Error::Decode, got {other:?}"),
        }
    }
}

#[tokio::test]
async fn documented_statuses_keep_their_exact_mapping() {
    // 201 decodes as documented; 3xx, 4xx and 5xx the document does not
    // list stay unexpected; the documented 429 is the typed error.
    let server = answering("POST", "/v1/pets", ResponseTemplate::new(201).set_body_json(json!({ "id": "p2" }))).await;
    assert_eq!(client(&server).create_pet(tom()).await.expect("documented").status().as_u16(), 201);
    for status in [304, 400, 500] {
        let server =
            answering("POST", "/v1/pets", ResponseTemplate::new(status).set_body_json(json!({ "id": "p3" }))).await;
        let result = client(&server).create_pet(tom()).await;
        assert!(matches!(&result, Err(Error::UnexpectedStatus(raw)) if raw.status == status), "{status}: {result:?}");
    }
    let problem = json!({ "title": "Slow down", "status": 429 });
    let server = answering(
        "GET",
        "/v1/pets",
        ResponseTemplate::new(429).insert_header("retry-after", "1").set_body_json(&problem),
    )
    .await;
    match client(&server).list_pets().await {
        Err(Error::Api(error)) => {
            assert!(matches!(error.body(), ListPetsError::TooManyRequests(_)), "{:?}", error.body());
            assert_eq!(
                serde_json::from_slice::<serde_json::Value>(error.raw_body()).unwrap(),
                problem,
                "the bytes as sent"
            );
        }
        other => panic!("expected the documented 429, got {other:?}"),
    }
}

#[tokio::test]
async fn error_messages_name_the_status_and_quote_the_servers_message() {
    let cases = [
        (json!({ "message": "pet names must be unique" }), "pet names must be unique"),
        (json!({ "type": "about:blank", "title": "Conflict", "detail": "Tom exists" }), "Tom exists"),
        (json!({ "error": { "code": 9, "message": "nested message" } }), "nested message"),
        (json!({ "errors": [{ "message": "first of many" }, { "message": "second" }] }), "first of many"),
        (json!({ "error": "invalid_grant", "error_description": "the grant expired" }), "the grant expired"),
        (json!({ "unusual": ["shape"] }), "{\"unusual\":[\"shape\"]}"),
    ];
    for (body, said) in cases {
        let server = answering("POST", "/v1/pets", ResponseTemplate::new(409).set_body_json(&body)).await;
        let error = client(&server).create_pet(tom()).await.expect_err("409");
        assert_eq!(
            error.to_string(),
            format!("`createPet` (POST /pets): the server answered with undocumented status 409 Conflict: \"{said}\"")
        );
    }
}

#[tokio::test]
async fn the_quoted_message_is_short_and_on_one_line() {
    let long = format!("line one\r\n\tline two {}", "é".repeat(5000));
    let server = answering("POST", "/v1/pets", ResponseTemplate::new(500).set_body_string(long.clone())).await;
    let error = client(&server).create_pet(tom()).await.expect_err("500");
    let shown = error.to_string();
    let quoted = shown.split_once(": \"").map(|(_, quoted)| quoted).expect("a quote");
    assert!(quoted.starts_with("line one line two é") && quoted.ends_with("…\""), "{shown}");
    assert!(quoted.len() <= 201, "at most 200 bytes quoted: {}", quoted.len());
    assert!(!shown.contains('\n') && !shown.contains('\r') && !shown.contains('\t'));
    // Debug shows the length and the same excerpt, not megabytes of body.
    let debug = format!("{error:?}");
    assert!(debug.contains(&format!("<{} bytes: \"line one", long.len())), "{}", &debug[..debug.len().min(400)]);
    assert!(debug.len() < 2000, "{} bytes of Debug", debug.len());
}

#[tokio::test]
async fn an_empty_error_body_is_not_quoted() {
    let server = answering("POST", "/v1/pets", ResponseTemplate::new(404)).await;
    let error = client(&server).create_pet(tom()).await.expect_err("404");
    assert_eq!(
        error.to_string(),
        "`createPet` (POST /pets): the server answered with undocumented status 404 Not Found"
    );
}
