//! The Ring Check single-page app.

mod api;
mod app;
mod browser;
mod components;
mod egress;
mod error;
mod hooks;
mod json;
mod layout;
mod pages;
mod report;
mod upload;
mod words;

/// A small free-list allocator: a few kilobytes less Wasm than the default dlmalloc,
/// and this app allocates little.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::LockedAllocator<lol_alloc::FreeListAllocator> =
    lol_alloc::LockedAllocator::new(lol_alloc::FreeListAllocator::new());

fn main() {
    // The server's page has a place for the app, unless it is one the app has no part in.
    let Some(root) = browser::app_root() else {
        return;
    };
    if layout::Layout::current().embedded {
        pages::embed::prepare();
    }
    yew::Renderer::<app::App>::with_root(root).render();
}
