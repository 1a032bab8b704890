//! Sharing a result with support: the link, the text, the JSON.

use ringcheck_shared::{app_text::AppText, report::Report};
use yew::prelude::*;

use super::copy_button::CopyButton;
use crate::{
    layout::Layout,
    words::{t, t_with},
};

/// The share card of `report`: `json` exactly as the server sent it, `summary` the result
/// as plain text as the server wrote it, `link` where people read it. A plain function
/// rather than a component: it holds no state, and each component costs the app
/// kilobytes of Yew's glue.
pub fn share_panel(
    report: &Report,
    json: &AttrValue,
    summary: &AttrValue,
    link: &AttrValue,
) -> Html {
    // In another site's frame, the full result opens on Ring Check's own site.
    let open_full = Layout::current().embedded.then(|| html! {
        <p><a href={link.clone()} target="_blank" rel="noopener">{ t(AppText::OpenFullResult) }</a></p>
    });
    let expires = report.expires_at.get(..10).unwrap_or_default().to_owned();
    html! {
        <section class="card share" aria-labelledby="share-heading">
            <h2 id="share-heading">{ t(AppText::ShareHeading) }</h2>
            <p>{ t_with(AppText::ShareWhoCanSee, &[("date", &expires)]) }</p>
            <label for="share-link">{ t(AppText::ShareLinkLabel) }</label>
            <input id="share-link" class="share-link" type="text" readonly=true value={link.clone()} />
            { for open_full }
            <div class="share-actions">
                <CopyButton label={t(AppText::CopyLink)} text={link.clone()} />
                <CopyButton label={t(AppText::CopyText)} text={summary.clone()} />
                <CopyButton label={t(AppText::CopyJson)} text={json.clone()} />
            </div>
        </section>
    }
}
