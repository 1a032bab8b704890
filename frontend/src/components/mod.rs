pub mod checker;
pub mod copy_button;
pub mod error_box;
pub mod probe_table;
pub mod result_view;
pub mod share_panel;
pub mod upload_test;
