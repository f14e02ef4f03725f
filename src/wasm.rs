//! The wasm-bindgen API (see issue 3); built only for wasm32.
