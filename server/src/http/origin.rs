//! Cross-site request refusal. Sessions ride on a `SameSite=Strict` cookie, but "site" is
//! the registrable domain: a page on a sibling subdomain is same-site and could post a
//! form (as `text/plain`, no preflight) with the steward's cookie. So every request that
//! changes something and carries a cookie must come from this very origin: browsers say
//! where a request comes from (`Sec-Fetch-Site`, or `Origin`), and anything but
//! same-origin is refused. Requests without a cookie (phones with a bearer token, the
//! public community page) and non-browser clients (which send neither header) are not
//! cross-site forgeries and pass.

use axum::extract::Request;
use axum::http::{Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::error::Error;

/// Refuse a state-changing, cookie-carrying request that a browser says came from
/// another origin.
pub async fn same_origin_only(request: Request, next: Next) -> Response {
    if is_cross_origin_write(&request) {
        return Error::Forbidden.into_response();
    }
    next.run(request).await
}

fn is_cross_origin_write(request: &Request) -> bool {
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    let headers = request.headers();
    if safe || !headers.contains_key(header::COOKIE) {
        return false;
    }
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return !matches!(site, "same-origin" | "none");
    }
    // Older browsers: the Origin header, when sent, must name this host.
    match (
        headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()),
        headers.get(header::HOST).and_then(|v| v.to_str().ok()),
    ) {
        (Some(origin), Some(host)) => {
            let origin_host = origin
                .split_once("://")
                .map_or(origin, |(_, rest)| rest)
                .trim_end_matches('/');
            origin == "null" || !origin_host.eq_ignore_ascii_case(host)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(method: Method, headers: &[(&str, &str)]) -> Request {
        let mut builder = axum::http::Request::builder()
            .method(method)
            .uri("/api/v1/forms");
        for (k, v) in headers {
            builder = builder.header(*k, *v);
        }
        builder.body(axum::body::Body::empty()).unwrap()
    }

    #[test]
    fn only_same_origin_writes_with_a_cookie_pass() {
        let cookie = ("cookie", "sauti_session=abc");
        let host = ("host", "sauti.example.org");
        let cross = |h: &[(&str, &str)]| is_cross_origin_write(&request(Method::POST, h));
        assert!(cross(&[cookie, host, ("sec-fetch-site", "same-site")]));
        assert!(cross(&[cookie, host, ("sec-fetch-site", "cross-site")]));
        assert!(!cross(&[cookie, host, ("sec-fetch-site", "same-origin")]));
        assert!(cross(&[
            cookie,
            host,
            ("origin", "https://evil.example.org")
        ]));
        assert!(!cross(&[
            cookie,
            host,
            ("origin", "https://sauti.example.org")
        ]));
        assert!(
            !cross(&[cookie, host]),
            "curl and scripts send neither header"
        );
        assert!(
            !cross(&[host, ("sec-fetch-site", "cross-site")]),
            "no cookie: nothing to forge"
        );
        assert!(!is_cross_origin_write(&request(
            Method::GET,
            &[cookie, ("sec-fetch-site", "cross-site")]
        )));
    }
}
