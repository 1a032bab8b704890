pub mod use_check;
