//! The Netzwerkbuch: contacts, their log and balance, the follow-ups that are due, and the network map.

pub mod activity_log;
pub mod balance_chart;
pub mod contact_form;
pub mod contact_list;
pub mod contact_view;
pub mod due_view;
pub mod network_map;
