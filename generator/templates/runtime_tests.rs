//! Unit tests of the runtime on its own, against a scripted HTTP server on
//! 127.0.0.1: requests assembled the way generated operations assemble
//! them (the crate-private API), sent by `Client::call`.
//!
//! Behaviour a user sees through a generated crate (every misbehaving
//! server, pagination, typed headers) is tested in `generated-client`; these
//! pin the runtime's own rules: encoding, credentials, retries, limits and
//! what messages show.

use std::convert::Infallible;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::{TcpListener, TcpStream};

use crate::runtime::{
    push_path_param, Client, ClientBuilder, Credential, Error, InvalidRequest, Method, Request, Response, RetryPolicy,
    Scheme, SchemeKind, Timeout,
};

const KEY: Scheme = Scheme { key: "key", kind: SchemeKind::ApiKeyHeader("x-key") };
const SECRET: &str = "s3cret-value";

/// A server that answers its n-th request with the n-th answer (the last
/// one again after that), or never answers when there are none, and keeps
/// each request's head.
struct Server {
    url: String,
    requests: Arc<Mutex<Vec<String>>>,
}

impl Server {
    async fn start(answers: &[&'static str]) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("a port on 127.0.0.1");
        let url = format!("http://{}", listener.local_addr().expect("the port"));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let (seen, answers) = (Arc::clone(&requests), answers.to_vec());
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let index = seen.lock().expect("the request log").len();
                let answer = answers.get(index).or(answers.last()).copied();
                tokio::spawn(answer_one(stream, answer, Arc::clone(&seen)));
            }
        });
        Server { url, requests }
    }

    fn requests(&self) -> Vec<String> {
        self.requests.lock().expect("the request log").clone()
    }
}

async fn answer_one(mut stream: TcpStream, answer: Option<&'static str>, seen: Arc<Mutex<Vec<String>>>) {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") && stream.read(&mut byte).await.is_ok_and(|n| n == 1) {
        head.push(byte[0]);
    }
    seen.lock().expect("the request log").push(String::from_utf8_lossy(&head).into_owned());
    let Some(answer) = answer else {
        // Hold the connection open without a word.
        tokio::time::sleep(Duration::from_secs(60)).await;
        return;
    };
    let _ = stream.write_all(answer.as_bytes()).await;
    let _ = stream.shutdown().await;
}

fn client(server: &Server, configure: impl FnOnce(ClientBuilder) -> ClientBuilder) -> Client {
    let builder = ClientBuilder::new(&server.url).credential(KEY, Credential::token(KEY, SECRET.into()));
    configure(builder).build().expect("a client")
}

/// A GET the way an operation writes one, with the API key.
fn get(client: &Client, path: String) -> Result<Request, InvalidRequest> {
    let mut request = client.request(Method::GET, path, "getThing", "/things/{id}");
    request.accept("application/json");
    client.authorize(&mut request, &[&[KEY]])?;
    Ok(request)
}

async fn send(
    client: &Client,
    request: Result<Request, InvalidRequest>,
) -> Result<Response<serde_json::Value>, Error<Infallible>> {
    client
        .call(request, Default::default(), |response| match response.status_code() {
            200 => response.json(),
            _ => response.unexpected(),
        })
        .await
}

const OK: &str = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 11\r\n\r\n{\"ok\":true}";

#[tokio::test]
async fn parameters_stay_in_their_place_and_the_credential_is_sent() {
    let server = Server::start(&[OK]).await;
    let client = client(&server, |b| b);
    let mut path = String::from("/things/");
    push_path_param(&mut path, "id", "a/b?c#d e").expect("a path value");
    let mut request = get(&client, path);
    if let Ok(request) = &mut request {
        request.query("q", "x&y=z");
    }
    let response = send(&client, request).await.expect("a decoded answer");
    assert_eq!(response.body(), &serde_json::json!({"ok": true}));
    let head = &server.requests()[0];
    assert!(head.starts_with("GET /things/a%2Fb%3Fc%23d%20e?q=x%26y%3Dz HTTP/1.1\r\n"), "{head}");
    assert!(head.contains(&format!("x-key: {SECRET}\r\n")), "{head}");
    assert!(head.contains(&format!("user-agent: {}\r\n", crate::USER_AGENT)), "{head}");
}

#[test]
fn no_value_leaves_its_path_segment_or_adds_a_header() {
    for value in ["", ".", ".."] {
        assert!(push_path_param(&mut String::new(), "id", value).is_err(), "{value:?} accepted as a segment");
    }
    let client = ClientBuilder::new("http://127.0.0.1:9").build().expect("a client");
    let mut request = client.request(Method::GET, "/".to_owned(), "op", "/");
    assert!(request.header("x-note", "a\r\nx-injected: 1").is_err(), "a line break reached a header value");
}

#[tokio::test]
async fn a_503_is_retried_after_its_retry_after() {
    let unavailable = "HTTP/1.1 503 Service Unavailable\r\nretry-after: 0\r\ncontent-length: 0\r\n\r\n";
    let server = Server::start(&[unavailable, OK]).await;
    let client = client(&server, |b| b);
    send(&client, get(&client, "/things/1".to_owned())).await.expect("the second attempt's answer");
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn a_silent_server_is_a_timeout_naming_the_limit_that_fired() {
    let server = Server::start(&[]).await;
    let attempt = client(&server, |b| b.timeout(Some(Duration::from_millis(200))).retry(RetryPolicy::none()));
    match send(&attempt, get(&attempt, "/things/1".to_owned())).await {
        Err(Error::Timeout { timeout: Timeout::Attempt(limit), call }) => {
            assert_eq!(limit, Duration::from_millis(200));
            assert_eq!(call.operation(), "getThing");
        }
        other => panic!("expected an attempt timeout, got {other:?}"),
    }
    let deadline = client(&server, |b| b.timeout(None).deadline(Some(Duration::from_millis(300))));
    let result = send(&deadline, get(&deadline, "/things/1".to_owned())).await;
    assert!(matches!(result, Err(Error::Timeout { timeout: Timeout::Deadline(_), .. })), "{result:?}");
}

#[tokio::test]
async fn messages_never_show_the_credential_or_the_password_of_the_base_url() {
    let echo = "HTTP/1.1 418 I'm a teapot\r\ncontent-type: text/plain\r\ncontent-length: 28\r\n\r\nbad key s3cret-value, sorry.";
    let server = Server::start(&[echo]).await;
    let client = client(&server, |b| b);
    let error = send(&client, get(&client, "/things/1".to_owned())).await.expect_err("a 418");
    for shown in [error.to_string(), format!("{error:?}"), format!("{client:?}")] {
        assert!(!shown.contains(SECRET), "the credential is shown: {shown}");
    }
    let builder = ClientBuilder::new("http://user:hunter2@127.0.0.1:9/");
    let built = ClientBuilder::new("http://user:hunter2@127.0.0.1:9/").build().expect("a client");
    let invalid = ClientBuilder::new("nota url://user:hunter2@").build().expect_err("an invalid base URL");
    for shown in [format!("{builder:?}"), format!("{built:?}"), invalid.to_string(), format!("{invalid:?}")] {
        assert!(!shown.contains("hunter2"), "the password is shown: {shown}");
    }
}
