//! Chaînon: ethical supply-chain risk assessment for Canadian federal procurement.
//!
//! Dependencies flow one way, each layer using only those below it: [`domain`] ← [`import`], [`graph`], [`cases`] ←
//! [`scoring`], [`screening`] (its pure parts) ← [`storage`] ← [`reports`] ← [`pipeline`], [`graph_service`] ←
//! [`web`] ← [`startup`]. See `ARCHITECTURE.md`; `layers_tests` checks it on the source.

pub mod accounts;
pub mod cases;
pub mod config;
pub mod domain;
pub mod graph;
pub mod graph_service;
pub mod import;
pub mod isolation;
#[cfg(test)]
mod layers_tests;
pub mod notify;
pub mod pipeline;
pub mod reports;
pub mod scoring;
pub mod screening;
pub mod startup;
pub mod storage;
pub mod synth;
pub mod telemetry;
pub mod web;
