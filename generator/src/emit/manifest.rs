//! The generated crate's `Cargo.toml`.

use super::Emitter;
use crate::ir::TypeRef;
use std::fmt::Write;

pub(super) fn cargo_toml(emitter: &Emitter<'_>) -> String {
    let settings = emitter.settings;
    let api = emitter.api;
    let mut out = String::new();
    let description =
        format!("Client for the {} (generated from its OpenAPI document)", api.title.trim()).replace('"', "'");
    let _ = writeln!(out, "# Generated from the API's OpenAPI document; do not edit by hand.");
    let _ = writeln!(out, "[package]");
    let _ = writeln!(out, "name = \"{}\"", settings.crate_name);
    let _ = writeln!(out, "version = \"{}\"", settings.crate_version);
    let _ = writeln!(out, "edition = \"2021\"");
    let _ = writeln!(out, "rust-version = \"1.85\"");
    let _ = writeln!(out, "description = \"{}\"", description.replace('\\', ""));
    let _ = writeln!(out, "publish = false");
    let _ = writeln!(out);
    let _ = writeln!(out, "[dependencies]");
    let _ = writeln!(out, "bytes = {{ version = \"1\", features = [\"serde\"] }}");
    let _ =
        writeln!(out, "chrono = {{ version = \"0.4\", default-features = false, features = [\"serde\", \"std\"] }}");
    // Structs write their properties through it (see `values::write_object`).
    let _ = writeln!(out, "erased-serde = {{ version = \"0.4\", default-features = false, features = [\"std\"] }}");
    let _ = writeln!(out, "futures-util = {{ version = \"0.3\", default-features = false }}");
    let _ = writeln!(out, "httpdate = \"1\"");
    let _ = writeln!(out, "percent-encoding = \"2\"");
    // TLS by rustls with the `ring` crypto provider: no OpenSSL, and a much
    // lighter build than reqwest's default provider (aws-lc-rs, a large C
    // library). The runtime installs the provider when a client is built.
    let _ = writeln!(
        out,
        "reqwest = {{ version = \"0.13\", default-features = false, features = [\"rustls-no-provider\"] }}"
    );
    let _ = writeln!(out, "rustls = {{ version = \"0.23\", default-features = false, features = [\"ring\"] }}");
    let _ = writeln!(out, "serde = {{ version = \"1\", features = [\"derive\"] }}");
    // Exact float parsing: the default parser may change a number's last
    // digits, and a client must not change a number it was given.
    let _ = writeln!(out, "serde_json = {{ version = \"1\", features = [\"float_roundtrip\"] }}");
    let _ = writeln!(out, "tokio = {{ version = \"1\", features = [\"time\"] }}");
    let _ = writeln!(out, "tracing = {{ version = \"0.1\", default-features = false, features = [\"std\"] }}");
    if emitter.uses(&|r| matches!(r, TypeRef::Uuid)) {
        let _ = writeln!(out, "uuid = {{ version = \"1\", features = [\"serde\"] }}");
    }
    if let Some(features) = &api.features {
        let _ = writeln!(out);
        let _ = writeln!(out, "# One feature per tag of the document; `default` compiles them all.");
        let _ = writeln!(out, "[features]");
        let names: Vec<String> = features.features.iter().map(|f| format!("\"{}\"", f.name)).collect();
        let _ = writeln!(out, "default = [{}]", names.join(", "));
        for feature in &features.features {
            let _ = writeln!(out, "# {}", feature.doc);
            let _ = writeln!(out, "{} = []", feature.name);
        }
    }
    if !settings.dev_dependencies.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "[dev-dependencies]");
        for (name, spec) in &settings.dev_dependencies {
            let _ = writeln!(out, "{name} = {spec}");
        }
    }
    out
}
