//! Orders v2 REST surface (tag Orders): all authenticated with the
//! `loader-id` header only; errors use the orders error envelope.

mod common;

use common::*;
use readmin_client::operations::*;
use readmin_client::types::*;
use readmin_client::RetryPolicy;
use serde_json::{json, Value};

fn product_json() -> Value {
    json!({
        "_id": "p-1",
        "groupId": "1234567",
        "name": "Latte",
        "description": "Milky coffee",
        "imageAssetId": "rbxassetid://123",
        "price": 3.5,
        "categoryId": "cat-1",
        "toolName": "LatteTool",
        "barcodeId": "0001",
        "queues": ["kitchen"],
        "sortOrder": 1,
        "enabled": true,
        "archived": false,
        "created": "2023-09-09T09:09:09Z",
        "createdBy": "99",
        "lastModified": "2024-01-01T00:00:00Z",
        "lastModifiedBy": "98"
    })
}

fn category_json() -> Value {
    json!({
        "_id": "cat-1",
        "groupId": "1234567",
        "name": "Hot drinks",
        "sortOrder": 0,
        "routeToBoardTags": ["bar"],
        "created": "2023-09-09T09:09:09Z",
        "createdBy": "99",
        "lastModified": "2024-01-01T00:00:00Z",
        "lastModifiedBy": "98"
    })
}

fn assert_catalog(products: &[Product], categories: &[ProductCategory]) {
    assert_eq!(products[0].id.as_deref(), Some("p-1"));
    assert_eq!(products[0].price, Some(3.5));
    assert_eq!(products[0].image_asset_id.as_deref(), Some("rbxassetid://123"));
    assert_eq!(products[0].queues, Some(vec!["kitchen".to_owned()]));
    assert_eq!(products[0].last_modified_by.as_deref(), Some("98"));
    assert_eq!(categories[0].id.as_deref(), Some("cat-1"));
    assert_eq!(categories[0].route_to_board_tags, Some(vec!["bar".to_owned()]));
    assert_eq!(categories[0].last_modified, Some(ts("2024-01-01T00:00:00Z")));
}

fn order_json() -> Value {
    json!({
        "_id": "ord-1",
        "groupId": "1234567",
        "distribution": 12,
        "gameId": "5000000001",
        "placeId": "6000000002",
        "schemaVersion": 2,
        "customerId": "156",
        "cashierId": "99",
        "preparedBy": "98",
        "source": "kiosk",
        "queueId": "kitchen",
        "orderNumber": 42,
        "idempotencyKey": "idem-1",
        "items": [{ "productId": "p-1", "name": "Latte", "unitPrice": 3.5, "quantity": 2 }],
        "total": 7.0,
        "status": "claimed",
        "log": [
            { "event": "submitted", "userId": "99", "date": "2024-02-02T18:00:00Z", "idempotencyKey": "idem-1" },
            { "event": "claimed", "userId": "98", "date": "2024-02-02T18:01:00Z" }
        ],
        "involvedUsers": ["156", "99", "98"],
        "created": "2024-02-02T18:00:00Z",
        "lastModified": "2024-02-02T18:01:00Z",
        "claimed": "2024-02-02T18:01:00Z",
        "prepared": "2024-02-02T18:05:00Z",
        "finished": "2024-02-02T18:06:00Z",
        "completed": "2024-02-02T18:07:00Z"
    })
}

fn assert_order(order: &Order) {
    assert_eq!(order.id.as_deref(), Some("ord-1"));
    assert_eq!(order.game_id.as_deref(), Some("5000000001"));
    assert_eq!(order.schema_version, Some(2));
    assert_eq!(order.source, Some(OrderSource::Kiosk));
    assert_eq!(order.order_number, Some(42));
    assert_eq!(
        order.items,
        Some(vec![OrderItem {
            product_id: Some("p-1".into()),
            name: Some("Latte".into()),
            unit_price: Some(3.5),
            quantity: Some(2)
        }])
    );
    assert_eq!(order.total, Some(7.0));
    assert_eq!(order.status, Some(OrderStatus::Claimed));
    let log = order.log.as_ref().expect("log");
    assert_eq!(
        log[0],
        OrderLogEvent {
            event: Some(OrderStatus::Submitted),
            user_id: Some("99".into()),
            date: Some(ts("2024-02-02T18:00:00Z")),
            idempotency_key: Some("idem-1".into()),
        }
    );
    assert_eq!(log[1].idempotency_key, None);
    assert_eq!(order.completed, Some(ts("2024-02-02T18:07:00Z")));
}

// ---------------------------------------------------------------------------
// getPosBootstrap: GET /v2/pos/bootstrap
// ---------------------------------------------------------------------------

#[tokio::test]
async fn get_pos_bootstrap_sends_game_id_and_decodes_success() {
    let sent = json!({
        "products": [product_json()],
        "categories": [category_json()],
        "config": { "currency": "R$", "tipsEnabled": true, "layout": { "columns": 4 } },
        "deviceProfiles": [{ "id": "register", "enabled": true }],
        "catalogVersion": 17
    });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.get_pos_bootstrap().game_id("5000000001").await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "GET");
    assert_eq!(req.url.path(), "/v2/pos/bootstrap");
    assert_eq!(query_pairs(&req), ["gameId=5000000001"]);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), None);

    assert_catalog(
        response.products.as_deref().expect("products"),
        response.categories.as_deref().expect("categories"),
    );
    let config = response.config.as_ref().expect("config");
    assert_eq!(config["currency"], json!("R$"));
    assert_eq!(config["layout"], json!({ "columns": 4 }));
    assert_eq!(response.device_profiles.as_ref().expect("deviceProfiles")[0]["id"], json!("register"));
    assert_eq!(response.catalog_version, Some(17));
    assert_eq!(to_json(response.body()), sent);
}

#[tokio::test]
async fn get_pos_bootstrap_without_game_id_sends_no_query() {
    let h = Harness::respond(200, json!({ "catalogVersion": 1 })).await;
    let response = h.client.get_pos_bootstrap().await.expect("success");
    let req = h.only_request().await;
    assert_eq!(req.url.path(), "/v2/pos/bootstrap");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(response.into_body(), PosBootstrapResponse { catalog_version: Some(1), ..Default::default() });
}

#[tokio::test]
async fn get_pos_bootstrap_documented_and_undocumented_errors() {
    let h = Harness::respond(403, orders_error_body("module_disabled")).await;
    let error = expect_api(h.client.get_pos_bootstrap().await, 403);
    assert_eq!(error, GetPosBootstrapError::Forbidden(orders_error("module_disabled")));
    assert_eq!(h.requests().await.len(), 1);
    // 500 is not documented for the orders API.
    let h = Harness::respond(500, orders_error_body("internal")).await;
    let raw = expect_unexpected(h.client.get_pos_bootstrap().retry(RetryPolicy::none()).await, 500);
    assert_eq!(serde_json::from_slice::<Value>(&raw.body).expect("json"), orders_error_body("internal"));
    assert_eq!(h.requests().await.len(), 1);
}

// ---------------------------------------------------------------------------
// getProducts: GET /v2/products
// ---------------------------------------------------------------------------

#[tokio::test]
async fn get_products_sends_query_and_decodes_success() {
    let sent = json!({ "catalogVersion": 17, "upToDate": false, "products": [product_json()], "categories": [category_json()] });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.get_products().since(16).game_id("5000000001").await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "GET");
    assert_eq!(req.url.path(), "/v2/products");
    assert_eq!(query_pairs(&req), ["gameId=5000000001", "since=16"]);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), None);

    assert_eq!(response.catalog_version, Some(17));
    assert_eq!(response.up_to_date, Some(false));
    assert_catalog(
        response.products.as_deref().expect("products"),
        response.categories.as_deref().expect("categories"),
    );
    assert_eq!(to_json(response.body()), sent);
}

#[tokio::test]
async fn get_products_up_to_date_without_query() {
    let h = Harness::respond(200, json!({ "catalogVersion": 17, "upToDate": true })).await;
    let response = h.client.get_products().await.expect("success");
    let req = h.only_request().await;
    assert_eq!(req.url.path(), "/v2/products");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(
        response.into_body(),
        ProductCatalogResponse { catalog_version: Some(17), up_to_date: Some(true), products: None, categories: None }
    );
}

#[tokio::test]
async fn get_products_documented_and_undocumented_errors() {
    let h = Harness::respond(403, orders_error_body("module_disabled")).await;
    let error = expect_api(h.client.get_products().since(0).await, 403);
    assert_eq!(error, GetProductsError::Forbidden(orders_error("module_disabled")));
    assert_eq!(h.requests().await.len(), 1);
    let h = Harness::respond(404, orders_error_body("not_found")).await;
    expect_unexpected(h.client.get_products().await, 404);
}

// ---------------------------------------------------------------------------
// listOrders: GET /v2/orders
// ---------------------------------------------------------------------------

#[tokio::test]
async fn list_orders_sends_every_query_parameter_and_decodes_success() {
    let sent = json!({ "orders": [order_json()], "nextCursor": "ord-0" });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h
        .client
        .list_orders()
        .status(OrderStatus::AwaitingCustomer)
        .queue_id("kitchen 1")
        .game_id("5000000001")
        .cursor("ord-1")
        .limit(25)
        .await
        .expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "GET");
    assert_eq!(req.url.path(), "/v2/orders");
    assert_eq!(
        query_pairs(&req),
        ["cursor=ord-1", "gameId=5000000001", "limit=25", "queueId=kitchen%201", "status=awaiting_customer"]
    );
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), None);

    assert_order(&response.orders.as_ref().expect("orders")[0]);
    assert_eq!(response.next_cursor, Some("ord-0".to_owned()));
    assert_eq!(to_json(response.body()), sent);
}

#[tokio::test]
async fn list_orders_last_page_has_null_cursor() {
    let h = Harness::respond(200, json!({ "orders": [], "nextCursor": null })).await;
    let response = h.client.list_orders().await.expect("success");
    let req = h.only_request().await;
    assert_eq!(req.url.path(), "/v2/orders");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(response.into_body(), OrderListResponse { orders: Some(vec![]), next_cursor: None });
}

#[tokio::test]
async fn list_orders_documented_and_undocumented_errors() {
    let h = Harness::respond(403, orders_error_body("module_disabled")).await;
    let error = expect_api(h.client.list_orders().await, 403);
    assert_eq!(error, ListOrdersError::Forbidden(orders_error("module_disabled")));
    assert_eq!(h.requests().await.len(), 1);
    let h = Harness::respond(400, orders_error_body("invalid_query")).await;
    expect_unexpected(h.client.list_orders().await, 400);
}

// ---------------------------------------------------------------------------
// createOrder: POST /v2/orders
// ---------------------------------------------------------------------------

fn create_order_request() -> CreateOrderRequest {
    CreateOrderRequest {
        idempotency_key: "idem-1".into(),
        customer_id: "156".into(),
        cashier_id: Some("99".into()),
        source: Some(CreateOrderRequestSource::DriveThru),
        queue_id: Some("kitchen".into()),
        items: vec![
            OrderItemInput { product_id: "p-1".into(), quantity: 2 },
            OrderItemInput { product_id: "p-2".into(), quantity: 1 },
        ],
        instant_complete: Some(false),
        game_id: "5000000001".into(),
        place_id: Some("6000000002".into()),
    }
}

#[tokio::test]
async fn create_order_sends_body_and_decodes_success() {
    let sent = json!({ "order": order_json() });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.create_order(create_order_request()).await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "POST");
    assert_eq!(req.url.path(), "/v2/orders");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(
        json_body(&req),
        Some(json!({
            "idempotencyKey": "idem-1",
            "customerId": "156",
            "cashierId": "99",
            "source": "drive_thru",
            "queueId": "kitchen",
            "items": [{ "productId": "p-1", "quantity": 2 }, { "productId": "p-2", "quantity": 1 }],
            "instantComplete": false,
            "gameId": "5000000001",
            "placeId": "6000000002"
        }))
    );

    assert_order(response.order.as_ref().expect("order"));
    assert_eq!(to_json(response.body()), sent);
}

#[tokio::test]
async fn create_order_minimal_body_omits_optional_fields() {
    let h = Harness::respond(200, json!({ "order": { "_id": "ord-2" } })).await;
    let body = CreateOrderRequest {
        idempotency_key: "idem-2".into(),
        customer_id: "156".into(),
        items: vec![OrderItemInput { product_id: "p-1".into(), quantity: 1 }],
        game_id: "5000000001".into(),
        ..Default::default()
    };
    h.client.create_order(body).await.expect("success");
    let req = h.only_request().await;
    assert_eq!(
        json_body(&req),
        Some(
            json!({ "idempotencyKey": "idem-2", "customerId": "156", "items": [{ "productId": "p-1", "quantity": 1 }], "gameId": "5000000001" })
        )
    );
}

#[tokio::test]
async fn create_order_documented_and_undocumented_errors() {
    for (status, code, expected) in [
        (400, "invalid_body", CreateOrderError::BadRequest(orders_error("invalid_body"))),
        (403, "module_disabled", CreateOrderError::Forbidden(orders_error("module_disabled"))),
        (409, "conflict", CreateOrderError::Conflict(orders_error("conflict"))),
    ] {
        let h = Harness::respond(status, orders_error_body(code)).await;
        let error = expect_api(h.client.create_order(create_order_request()).await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(500, error_body(500)).await;
    expect_unexpected(h.client.create_order(create_order_request()).await, 500);
    // POST is not retried by default, even on a 5xx.
    assert_eq!(h.requests().await.len(), 1);
}

// ---------------------------------------------------------------------------
// transitionOrder: POST /v2/orders/{id}/transition
// ---------------------------------------------------------------------------

fn transition() -> TransitionOrderRequest {
    TransitionOrderRequest {
        idempotency_key: Some("idem-3".into()),
        action: OrderAction::SetAwaitingPickup,
        actor_id: "98".into(),
    }
}

#[tokio::test]
async fn transition_order_sends_body_and_decodes_success() {
    let mut order = order_json();
    order["status"] = json!("awaiting_customer");
    let sent = json!({ "order": order });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.transition_order("ord-1", transition()).await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "POST");
    assert_eq!(req.url.path(), "/v2/orders/ord-1/transition");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(
        json_body(&req),
        Some(json!({ "idempotencyKey": "idem-3", "action": "set_awaiting_pickup", "actorId": "98" }))
    );

    assert_eq!(response.order.as_ref().and_then(|o| o.status.clone()), Some(OrderStatus::AwaitingCustomer));
    assert_eq!(to_json(response.body()), sent);
}

#[tokio::test]
async fn transition_order_sends_each_action_wire_name() {
    for (action, wire) in [
        (OrderAction::Claim, "claim"),
        (OrderAction::Release, "release"),
        (OrderAction::Complete, "complete"),
        (OrderAction::Cancel, "cancel"),
        (OrderAction::SetAwaitingPickup, "set_awaiting_pickup"),
        (OrderAction::HandToCustomer, "hand_to_customer"),
    ] {
        let h = Harness::respond(200, json!({ "order": { "_id": "ord-1" } })).await;
        let body = TransitionOrderRequest { idempotency_key: None, action, actor_id: "98".into() };
        h.client.transition_order("ord-1", body).await.expect("success");
        let req = h.only_request().await;
        assert_eq!(json_body(&req), Some(json!({ "action": wire, "actorId": "98" })));
    }
}

#[tokio::test]
async fn transition_order_documented_and_undocumented_errors() {
    for (status, code, expected) in [
        (400, "invalid_transition", TransitionOrderError::BadRequest(orders_error("invalid_transition"))),
        (403, "module_disabled", TransitionOrderError::Forbidden(orders_error("module_disabled"))),
        (404, "not_found", TransitionOrderError::NotFound(orders_error("not_found"))),
        (409, "conflict", TransitionOrderError::Conflict(orders_error("conflict"))),
    ] {
        let h = Harness::respond(status, orders_error_body(code)).await;
        let error = expect_api(h.client.transition_order("ord-1", transition()).await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.transition_order("ord-1", transition()).await, 418);
}
