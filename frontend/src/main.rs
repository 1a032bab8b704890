//! The Ring Check single-page app.

mod app;
mod browser;
mod components;
mod pages;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
