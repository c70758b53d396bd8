//! Paginated streams: every style follows the pages the same way.

use super::error::{Error, PaginationError};
use super::options::CallOptions;
use super::response::Response;
use super::HeaderMap;

/// Pages in a row without items, each pointing to another, after which a
/// paginated stream gives up with `Error::Pagination`: a server that keeps
/// sending empty pages with fresh cursors would otherwise be called forever.
pub const MAX_EMPTY_PAGES: usize = 20;

/// Streams the items of every page. `fetch` sends the request for a page
/// (`None`: the first, with the builder as it is; else the position `C` the
/// previous page pointed to: a cursor, a URL, an offset or a page number);
/// `split` takes a page apart into its items and the next position. The
/// stream ends after a page without a next position or with one it has
/// already followed (a server that loops), or after an error; after
/// [`MAX_EMPTY_PAGES`] pages in a row without items that each point to
/// another, it ends with `Error::Pagination` naming `operation`. The stream
/// is boxed, so it is `Unpin`: callers poll it without pinning it first.
pub(crate) fn paginate<'a, B, C, P, H, T, E, F, Fut, S>(operation: &'static str, builder: B, fetch: F, split: S) -> impl futures_util::Stream<Item = Result<T, Error<E>>> + Unpin + Send + 'a
where
    B: Send + 'a,
    C: Clone + Eq + std::hash::Hash + Send + 'a,
    T: Send + 'a,
    E: Send + 'a,
    F: Fn(&B, Option<&C>) -> Fut + Send + 'a,
    Fut: std::future::Future<Output = Result<Response<P, H>, Error<E>>> + Send + 'a,
    S: Fn(&B, Option<&C>, &HeaderMap, P) -> (Vec<T>, Option<C>) + Send + 'a,
{
    struct Pages<B, C, T, F, S> {
        builder: B,
        fetch: F,
        split: S,
        position: Option<C>,
        seen: std::collections::HashSet<C>,
        items: std::collections::VecDeque<T>,
        /// Pages in a row without items.
        empty: usize,
        done: bool,
    }
    let pages = Pages {
        builder,
        fetch,
        split,
        position: None,
        seen: std::collections::HashSet::new(),
        items: std::collections::VecDeque::new(),
        empty: 0,
        done: false,
    };
    Box::pin(futures_util::stream::unfold(pages, move |mut pages| async move {
        loop {
            if let Some(item) = pages.items.pop_front() {
                return Some((Ok(item), pages));
            }
            if pages.done {
                return None;
            }
            match (pages.fetch)(&pages.builder, pages.position.as_ref()).await {
                Err(error) => {
                    pages.done = true;
                    return Some((Err(error), pages));
                }
                Ok(response) => {
                    let (_, headers, body) = response.into_parts();
                    let (items, next) = (pages.split)(&pages.builder, pages.position.as_ref(), &headers, body);
                    pages.empty = if items.is_empty() { pages.empty + 1 } else { 0 };
                    pages.items.extend(items);
                    match next.filter(|next| pages.seen.insert(next.clone())) {
                        Some(_) if pages.empty >= MAX_EMPTY_PAGES => {
                            pages.done = true;
                            return Some((Err(Error::Pagination(PaginationError { operation, empty_pages: pages.empty })), pages));
                        }
                        Some(next) => pages.position = Some(next),
                        None => pages.done = true,
                    }
                }
            }
        }
    }))
}

/// Streams the items of every page of an operation paginated by `Link`
/// headers: each page's `rel="next"` target is requested next (see
/// `Client::page_url`: a link to another origin fails, ending the stream
/// with an error rather than silently). `items` takes a page's items out of
/// its body.
pub(crate) fn paginate_links<'a, B, P, H, T, E, S>(operation: &'static str, builder: B, items: S) -> impl futures_util::Stream<Item = Result<T, Error<E>>> + Unpin + Send + 'a
where
    B: CallOptions + Clone + std::future::IntoFuture<Output = Result<Response<P, H>, Error<E>>> + Send + 'a,
    B::IntoFuture: Send + 'a,
    T: Send + 'a,
    E: Send + 'a,
    S: Fn(P) -> Vec<T> + Send + 'a,
{
    paginate(
        operation,
        builder,
        |builder: &B, link: Option<&String>| {
            let mut next = builder.clone();
            if let Some(link) = link {
                next.options_mut().page_url = Some(link.clone());
            }
            next.into_future()
        },
        move |_: &B, _: Option<&String>, headers: &HeaderMap, page: P| (items(page), next_link(headers)),
    )
}

/// The target of the `rel="next"` link in `Link` headers (RFC 8288), as
/// written (absolute or relative).
fn next_link(headers: &HeaderMap) -> Option<String> {
    headers.get_all(reqwest::header::LINK).iter().filter_map(|value| value.to_str().ok()).find_map(next_target).map(str::to_owned)
}

/// The `rel="next"` target among the comma-separated links of one header
/// value: `<https://api.example.com/items?page=2>; rel="next", <...>; rel="last"`.
fn next_target(value: &str) -> Option<&str> {
    let mut rest = value;
    loop {
        rest = rest.trim_start_matches([' ', '\t', ',']);
        let open = rest.strip_prefix('<')?;
        let close = open.find('>')?;
        let target = &open[..close];
        // Parameters up to the next comma outside quotes.
        let params = &open[close + 1..];
        let mut end = params.len();
        let mut quoted = false;
        for (index, byte) in params.bytes().enumerate() {
            match byte {
                b'"' => quoted = !quoted,
                b',' if !quoted => {
                    end = index;
                    break;
                }
                _ => {}
            }
        }
        let is_next = params[..end].split(';').any(|param| {
            let Some((name, value)) = param.split_once('=') else { return false };
            name.trim().eq_ignore_ascii_case("rel") && value.trim().trim_matches('"').split_ascii_whitespace().any(|rel| rel.eq_ignore_ascii_case("next"))
        });
        if is_next {
            return Some(target);
        }
        rest = &params[end..];
    }
}

/// The offset of the next page: `current` (0 when unset) plus the items
/// received, or `None` after an empty page or one shorter than `page_size`.
pub(crate) fn next_offset<N: Copy + Into<i128> + TryFrom<i128>>(current: Option<N>, received: usize, page_size: Option<i128>) -> Option<N> {
    let received = i128::try_from(received).ok()?;
    if received == 0 || page_size.is_some_and(|size| received < size) {
        return None;
    }
    N::try_from(current.map_or(0, Into::into) + received).ok()
}

/// The number of the next page: `current` (`first` when unset) plus one, or
/// `None` after an empty page or one shorter than `page_size`.
pub(crate) fn next_page<N: Copy + Into<i128> + TryFrom<i128>>(current: Option<N>, first: i128, received: usize, page_size: Option<i128>) -> Option<N> {
    let received = i128::try_from(received).ok()?;
    if received == 0 || page_size.is_some_and(|size| received < size) {
        return None;
    }
    N::try_from(current.map_or(first, Into::into) + 1).ok()
}
