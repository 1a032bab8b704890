pub mod guidance;
pub mod port_table;
pub mod site_footer;
pub mod site_header;
pub mod wifi_note;
