//! The Ring Check single-page app.

mod api;
mod app;
mod browser;
mod components;
mod egress;
mod error;
mod hooks;
mod pages;
mod report;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
