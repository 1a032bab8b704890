use yew::prelude::*;

use crate::error::UiError;

#[derive(Properties, PartialEq)]
pub struct ErrorBoxProps {
    pub error: UiError,
    /// Offer to try again (absent where retrying cannot help).
    #[prop_or_default]
    pub on_retry: Option<Callback<()>>,
}

/// A failure, said plainly, with what to do and a way to try again.
#[component]
pub fn ErrorBox(props: &ErrorBoxProps) -> Html {
    let error = &props.error;
    let retry = props.on_retry.as_ref().map(|on_retry| {
        let on_retry = on_retry.clone();
        html! { <button type="button" class="secondary" onclick={move |_| on_retry.emit(())}>{ "Try again" }</button> }
    });
    html! {
        <div class="error-box" role="alert" data-error={error.code_name()}>
            <p class="error-title"><span aria-hidden="true">{ "\u{26A0} " }</span>{ &error.title }</p>
            <p>{ &error.message }</p>
            { for retry }
        </div>
    }
}
