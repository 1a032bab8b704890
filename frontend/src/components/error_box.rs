use ringcheck_shared::app_text::AppText;
use yew::prelude::*;

use crate::{error::UiError, words::t};

/// A failure, said plainly, with what to do and, with `on_retry`, a way to try again
/// (absent where retrying cannot help). A plain function rather than a component: it
/// holds no state, and each component costs the app kilobytes of Yew's glue.
pub fn error_box(error: &UiError, on_retry: Option<Callback<()>>) -> Html {
    let retry = on_retry.map(|on_retry| {
        html! { <button type="button" class="secondary" onclick={move |_| on_retry.emit(())}>{ t(AppText::TryAgain) }</button> }
    });
    html! {
        <div class="error-box" role="alert" data-error={error.code_name()}>
            <p class="error-title"><span aria-hidden="true">{ "\u{26A0} " }</span>{ &error.title }</p>
            <p>{ &error.message }</p>
            { for retry }
        </div>
    }
}
