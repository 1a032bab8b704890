//! A button that copies a text, says so, and shows the text to copy by hand when the
//! browser will not let it.

use ringcheck_shared::app_text::AppText;
use yew::{platform::spawn_local, prelude::*};

use crate::{browser, words::t};

#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    pub label: AttrValue,
    pub text: AttrValue,
}

#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Yes,
    Refused,
}

#[component]
pub fn CopyButton(props: &CopyButtonProps) -> Html {
    let copied = use_state(|| Copied::Not);
    let on_click = {
        let copied = copied.clone();
        let text = props.text.clone();
        Callback::from(move |_| {
            let copied = copied.clone();
            let text = text.clone();
            spawn_local(async move {
                let ok = browser::copy_to_clipboard(&text).await;
                copied.set(if ok { Copied::Yes } else { Copied::Refused });
            });
        })
    };
    let feedback = match *copied {
        Copied::Not => html! {},
        Copied::Yes => html! { <span class="copied">{ t(AppText::Copied) }</span> },
        Copied::Refused => html! {
            <span class="copy-refused">
                { t(AppText::CopyBlocked) }
                <textarea readonly=true rows="4" aria-label={props.label.clone()} value={props.text.clone()} />
            </span>
        },
    };
    html! {
        <span class="copy">
            <button type="button" class="secondary" onclick={on_click}>{ props.label.clone() }</button>
            <span role="status" aria-live="polite">{ feedback }</span>
        </span>
    }
}
