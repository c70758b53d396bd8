//! The crate root's docs: what the crate is, a compiled example with the
//! document's main credential, the usage guide (credentials, errors,
//! pagination, per-call options, retries and timeouts) and the index of
//! operations by tag.

use super::docs::inner_doc_attrs;
use super::Emitter;
use crate::ir::{Operation, SecurityKind};
use proc_macro2::TokenStream;
use quote::quote;

impl Emitter<'_> {
    /// `#![doc]` attributes for `lib.rs`.
    pub(super) fn crate_docs(&self) -> TokenStream {
        let title = format!("Client for the {} (version {}).", self.api.title.trim(), self.api.version.trim());
        let description = inner_doc_attrs([self.api.description.as_deref()]);
        let mut lines: Vec<String> = vec![String::new()];
        lines.extend(self.example_lines());
        lines.extend(self.guide_lines());
        lines.extend(self.operations_index());
        let title = format!(" {title}");
        let lines = lines.iter().map(|line| if line.is_empty() { String::new() } else { format!(" {line}") });
        quote! {
            #![doc = #title]
            #![doc = ""]
            #description
            #(#![doc = #lines])*
        }
    }

    /// The scheme most operations need (the first in the document on a tie).
    fn main_scheme(&self) -> Option<usize> {
        let mut counts = vec![0usize; self.api.security_schemes.len()];
        for op in &self.api.operations {
            if let Some(set) = op.security.iter().find(|set| !set.is_empty()) {
                for scheme in set {
                    counts[*scheme] += 1;
                }
            }
        }
        (0..counts.len()).filter(|i| counts[*i] > 0).max_by_key(|i| (counts[*i], std::cmp::Reverse(*i)))
    }

    /// An operation for the example: one without required arguments, using
    /// the main credential when one does.
    fn example_operation(&self, main: Option<usize>) -> Option<&Operation> {
        let callable =
            |op: &&Operation| op.params.iter().all(|p| !p.required) && op.body.as_ref().is_none_or(|b| !b.required);
        let uses_main = |op: &&Operation| main.is_some_and(|main| op.security.iter().any(|set| set.contains(&main)));
        self.api
            .operations
            .iter()
            .filter(callable)
            .find(uses_main)
            .or_else(|| self.api.operations.iter().find(callable))
    }

    fn example_lines(&self) -> Vec<String> {
        let main = self.main_scheme();
        let Some(op) = self.example_operation(main) else { return Vec::new() };
        let crate_ident = self.settings.crate_name.replace('-', "_");
        let mut builder = vec![format!("let client = {crate_ident}::Client::builder()")];
        if self.api.default_base_url.is_none() {
            builder.push("    .base_url(\"https://api.example.com\")".to_owned());
        }
        if let Some(scheme) = main.map(|i| &self.api.security_schemes[i]) {
            let variable = scheme.key.to_uppercase().replace(|c: char| !c.is_ascii_alphanumeric(), "_");
            builder.push(match scheme.kind {
                SecurityKind::Basic => {
                    format!("    .{}(\"user\", std::env::var(\"{variable}_PASSWORD\")?)", scheme.rust_name)
                }
                _ => format!("    .{}(std::env::var(\"{variable}\")?)", scheme.rust_name),
            });
        }
        builder.push("    .build()?;".to_owned());
        let mut lines = vec!["# Example".to_owned(), String::new(), "```no_run".to_owned()];
        lines.push("# async fn example() -> Result<(), Box<dyn std::error::Error>> {".to_owned());
        lines.extend(builder);
        lines.push(format!("let response = client.{}().await?;", op.rust_name));
        lines.push("println!(\"{}: {:?}\", response.status(), response.body());".to_owned());
        lines.push("# Ok(())".to_owned());
        lines.push("# }".to_owned());
        lines.push("```".to_owned());
        lines.push(String::new());
        lines
    }

    fn guide_lines(&self) -> Vec<String> {
        let setters: Vec<String> =
            self.api.security_schemes.iter().map(|s| format!("[`{0}`](ClientBuilder::{0})", s.rust_name)).collect();
        let mut text = String::from(
            "# Calling operations\n\n\
             Every operation is a method of [`Client`] named after its operationId (listed below by tag). It takes the \
             path parameters, the required parameters and a required body, and returns a request builder (in \
             [`operations`]): its methods set the optional parameters, and `.await` sends the request. A success is a \
             [`Response`]: the decoded body (also through `Deref`) with its status and headers.\n\n",
        );
        if !setters.is_empty() {
            text.push_str(&format!(
                "# Credentials\n\n\
                 Set them on the builder: {}. Each is sent only with the operations that require it, never to another \
                 origin, and never appears in `Debug` output, errors or logs. A call whose credential the client lacks is \
                 sent without it after a WARN `tracing` event; [`ClientBuilder::require_credentials`] makes such a call \
                 fail before anything is sent.\n\n",
                setters.join(", ")
            ));
        }
        text.push_str(
            "# Errors\n\n\
             A call's error is an [`Error`]: [`Error::Api`] for a status the operation documents (its body decoded into \
             the operation's error enum), [`Error::UnexpectedStatus`] for any other, [`Error::Decode`] for a body that \
             does not match the document, [`Error::Timeout`], [`Error::Transport`], [`Error::BodyTooLarge`] and \
             [`Error::InvalidRequest`] (nothing was sent). [`Error::status`], [`Error::headers`] and [`Error::raw_body`] \
             reach the answer whatever the variant, [`Error::call_site`] the operation; its message names the operation \
             and the status and quotes what the server said, without credentials.\n\n",
        );
        if self.api.operations.iter().any(|op| op.pagination.is_some()) {
            text.push_str(
                "# Pagination\n\n\
                 A paginated list operation's builder has `into_stream()`: a `futures::Stream` of the items of every \
                 page, fetched as it is polled. It is `Unpin`, so with `futures::TryStreamExt` in scope \
                 `while let Some(item) = stream.try_next().await? { .. }` works on it as it is. A server that loops or \
                 sends empty pages forever ends the stream (see [`MAX_EMPTY_PAGES`]).\n\n",
            );
        }
        text.push_str(
            "# Per-call options, retries and timeouts\n\n\
             Every request builder has `.timeout(..)` (each attempt), `.deadline(..)` (the whole call), `.retry(..)` \
             and `.header(..)` for that call only. By default an attempt may take [`DEFAULT_TIMEOUT`] and a call \
             [`DEFAULT_DEADLINE`]; connection failures, timeouts, `408`, `429` and `5xx` are retried for idempotent \
             methods with exponential backoff, honouring `Retry-After` ([`RetryPolicy`]). [`ClientBuilder::timeout`], \
             [`ClientBuilder::deadline`] and [`ClientBuilder::retry`] change the defaults for every call.\n",
        );
        let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
        lines.push(String::new());
        lines
    }
}
