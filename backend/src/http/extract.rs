//! Extractors whose refusals are our JSON errors: `Api<Json<T>>`, `Api<Path<T>>`, … take
//! what axum's extractor takes, and turn its rejection into an [`ApiError`] (axum-extra's
//! `WithRejection` pattern), so no error body has to be rewritten after the fact.

use axum::{
    extract::{FromRequest, FromRequestParts, Request},
    http::request::Parts,
};

use super::error::ApiError;

/// `E`, with its rejection answered as an [`ApiError`].
pub struct Api<E>(pub E);

impl<E, S> FromRequest<S> for Api<E>
where
    E: FromRequest<S>,
    E::Rejection: Into<ApiError>,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        E::from_request(request, state)
            .await
            .map(Api)
            .map_err(Into::into)
    }
}

impl<E, S> FromRequestParts<S> for Api<E>
where
    E: FromRequestParts<S>,
    E::Rejection: Into<ApiError>,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        E::from_request_parts(parts, state)
            .await
            .map(Api)
            .map_err(Into::into)
    }
}
