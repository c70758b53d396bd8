//! The `#[cfg(feature = ..)]` attributes of a crate with one feature per
//! tag (decided in `lower/features.rs`): on each operation's items and
//! client method, each type's items, and each shared header struct.
//! Without features, every gate is `None` and nothing changes.

use super::Emitter;
use crate::ir::HeaderSet;
use proc_macro2::TokenStream;
use quote::quote;

impl Emitter<'_> {
    /// The gate of operation `index` (into the API's operations).
    pub(super) fn operation_gate(&self, index: usize) -> Option<TokenStream> {
        let features = self.api.features.as_ref()?;
        self.gate(features.operations.get(index)?)
    }

    /// The gate of item `index` of `operations.rs`: none for the `impl
    /// Client` block (its methods carry their own), the operation's for the rest.
    pub(crate) fn operations_item_gate(&self, index: usize) -> Option<TokenStream> {
        self.operation_gate(index.checked_sub(1)?)
    }

    /// The gate of item `index` of `types.rs`: the type's (none for the
    /// items after the types).
    pub(crate) fn types_item_gate(&self, index: usize) -> Option<TokenStream> {
        let features = self.api.features.as_ref()?;
        self.gate(features.types.get(index)?)
    }

    /// The gate of a header struct that several operations share (one per
    /// `components/responses` entry): on when any of them is. `None` for an
    /// operation's own, which its operation's gate covers.
    pub(super) fn header_set_gate(&self, set: &HeaderSet) -> Option<TokenStream> {
        let features = self.api.features.as_ref()?;
        let component = set.component.as_ref()?;
        let (_, of_set) = features.header_components.iter().find(|(known, _)| known == component)?;
        self.gate(of_set)
    }

    /// `#[cfg(feature = "a")]`, or `#[cfg(any(feature = "a", ...))]` for
    /// several features.
    fn gate(&self, indices: &[usize]) -> Option<TokenStream> {
        let features = self.api.features.as_ref()?;
        let names: Vec<&str> =
            indices.iter().filter_map(|&index| features.features.get(index)).map(|f| f.name.as_str()).collect();
        match names.as_slice() {
            [] => None,
            [name] => Some(quote!(#[cfg(feature = #name)])),
            names => Some(quote!(#[cfg(any(#(feature = #names),*))])),
        }
    }
}
