//! API answers compressed on the wire, as the client's static files are (`.br`/`.gz`
//! beside them): a phone on a 2G link spent most of its first morning downloading the
//! form bundle as plain JSON (500 KB that gzip makes 103 KB).
//!
//! Only text is compressed: JSON answers and CSV exports. XLSX is already a zip, and
//! attachments (pictures, recordings) are compressed by their own format, so squeezing them
//! again costs the server time for nothing. Small answers are sent as they are: under
//! [`MIN_SIZE`] the headers of a compressed answer outweigh what it saves. Streamed
//! answers (exports) have no size beforehand and are compressed as they stream; an export
//! that fails midway ends without the compressed stream's trailer, so it can never be
//! read as a whole file. No endpoint streams events (no `text/event-stream`); one that
//! did would need to be excluded here, because a compressor holds back what it has not
//! flushed.

use axum::http::{HeaderMap, StatusCode, Version, header};
use tower_http::compression::predicate::{Predicate, SizeAbove};
use tower_http::compression::{CompressionLayer, CompressionLevel};

/// Answers smaller than this many bytes are sent uncompressed.
pub const MIN_SIZE: u16 = 1024;

/// The compression of API answers: gzip or brotli, as the caller's `Accept-Encoding`
/// prefers. Quality 5 of either: for a 500 KB bundle a few milliseconds of the server's
/// time, close to the smallest result (brotli's default, 11, takes seconds).
pub fn layer() -> CompressionLayer<impl Predicate> {
    at_quality(5)
}

/// The phone's bundle (the enrolment's answer, `GET /bundle`), compressed harder than
/// other answers: every form of the project, ~450 KB of JSON for the 430-question
/// assessment, sent to each phone once per version, on 2G most of its first morning.
/// Quality 9 of brotli takes ~20 ms on that bundle and sends 9 % less than quality 5
/// (73.7 against 81.1 KB); 11 would save 7 % more but takes half a second of a core per
/// request, on the server's async threads. Answers this layer compressed are left alone
/// by [`layer`] (they carry `Content-Encoding`).
pub fn bundle_layer() -> CompressionLayer<impl Predicate> {
    at_quality(9)
}

/// gzip or brotli at `quality`, for text answers of [`MIN_SIZE`] bytes or more.
fn at_quality(quality: i32) -> CompressionLayer<impl Predicate> {
    CompressionLayer::new()
        .no_deflate()
        .no_zstd()
        .quality(CompressionLevel::Precise(quality))
        .compress_when(SizeAbove::new(MIN_SIZE).and(is_text))
}

/// Whether an answer is text worth compressing: JSON or CSV.
fn is_text(_: StatusCode, _: Version, headers: &HeaderMap, _: &axum::http::Extensions) -> bool {
    let Some(kind) = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
    else {
        return false;
    };
    let kind = kind.to_ascii_lowercase();
    kind.starts_with("application/json") || kind.starts_with("text/csv")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bytes `layer` sends for the 430-question assessment's JSON, asked for brotli.
    async fn sent<L>(layer: L) -> usize
    where
        L: tower::Layer<axum::routing::Route> + Clone + Send + Sync + 'static,
        L::Service: tower::Service<axum::extract::Request> + Clone + Send + Sync + 'static,
        <L::Service as tower::Service<axum::extract::Request>>::Response:
            axum::response::IntoResponse + 'static,
        <L::Service as tower::Service<axum::extract::Request>>::Error:
            Into<std::convert::Infallible> + 'static,
        <L::Service as tower::Service<axum::extract::Request>>::Future: Send + 'static,
    {
        use tower::ServiceExt;
        let json = serde_json::to_string(&forms::demo::needs_assessment(430)).unwrap();
        let app = axum::Router::new()
            .route(
                "/",
                axum::routing::get(move || async move {
                    ([(header::CONTENT_TYPE, "application/json")], json)
                }),
            )
            .layer(layer);
        let request = axum::extract::Request::builder()
            .uri("/")
            .header(header::ACCEPT_ENCODING, "gzip, br")
            .body(axum::body::Body::empty())
            .unwrap();
        let response = app.oneshot(request).await.unwrap();
        assert_eq!(response.headers()[header::CONTENT_ENCODING], "br");
        axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap()
            .len()
    }

    #[tokio::test]
    async fn the_bundle_is_compressed_harder_than_other_answers() {
        let (other, bundle) = (sent(layer()).await, sent(bundle_layer()).await);
        assert!(
            bundle * 100 < other * 95,
            "the bundle {bundle} bytes, another answer {other}"
        );
    }

    fn headers(kind: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(header::CONTENT_TYPE, kind.parse().unwrap());
        h
    }

    #[test]
    fn only_json_and_csv_are_compressed() {
        let yes = |kind: &str| {
            is_text(
                StatusCode::OK,
                Version::HTTP_11,
                &headers(kind),
                &Default::default(),
            )
        };
        assert!(yes("application/json"));
        assert!(yes("text/csv; charset=utf-8"));
        assert!(!yes(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        ));
        assert!(!yes("image/jpeg"));
        assert!(!yes("text/event-stream"));
        assert!(!is_text(
            StatusCode::OK,
            Version::HTTP_11,
            &HeaderMap::new(),
            &Default::default()
        ));
    }
}
