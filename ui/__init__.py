"""Streamlit glue: page setup, caching, rendering and figures. Pages stay thin."""
