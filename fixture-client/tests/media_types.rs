//! A request body documented in several media types, against a local server:
//! the caller picks the variant, and the server receives that media type's
//! `Content-Type` and encoding; a plain value still goes as the first one.

use fixture_client::operations::CreatePetBody;
use fixture_client::types::NewPet;
use fixture_client::{Client, RetryPolicy};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn server() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/pets"))
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({ "id": "p1", "name": "Tom" })))
        .mount(&server)
        .await;
    server
}

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(format!("{}/v1", server.uri()))
        .header_key("hk-secret")
        .query_key("qk-secret")
        .retry(RetryPolicy::none())
        .build()
        .expect("client builds")
}

/// The one request the server received: its `Content-Type` and body.
async fn received(server: &MockServer) -> (String, String) {
    let requests = server.received_requests().await.expect("recording is on");
    assert_eq!(requests.len(), 1, "exactly one request");
    let content_type =
        requests[0].headers.get("content-type").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    (content_type, String::from_utf8_lossy(&requests[0].body).into_owned())
}

fn tom() -> NewPet {
    NewPet { name: "Tom & Jerry".to_owned(), species: Some("cat".to_owned()) }
}

#[tokio::test]
async fn a_plain_value_is_sent_as_json() {
    let server = server().await;
    let pet = client(&server).create_pet(tom()).await.expect("created");
    assert_eq!(pet.id, "p1");
    let (content_type, body) = received(&server).await;
    assert_eq!(content_type, "application/json");
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&body).expect("JSON body"),
        json!({ "name": "Tom & Jerry", "species": "cat" })
    );
}

#[tokio::test]
async fn the_form_variant_is_sent_form_encoded() {
    let server = server().await;
    client(&server).create_pet(CreatePetBody::Form(tom())).await.expect("created");
    let (content_type, body) = received(&server).await;
    assert_eq!(content_type, "application/x-www-form-urlencoded");
    // Spaces as `%20` are as valid in a form as `+`; the `&` is escaped.
    assert_eq!(body, "name=Tom%20%26%20Jerry&species=cat");
}

#[tokio::test]
async fn the_text_variant_is_sent_as_plain_text() {
    let server = server().await;
    client(&server).create_pet(CreatePetBody::Text("Tom\r\nX-Injected: 1".to_owned())).await.expect("created");
    let (content_type, body) = received(&server).await;
    assert!(content_type.starts_with("text/plain"), "content type {content_type}");
    assert_eq!(body, "Tom\r\nX-Injected: 1", "a body is sent as it is; it cannot add headers");
}
