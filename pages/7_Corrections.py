from ui.setup import page_setup

page = page_setup("Corrections")

import streamlit as st  # noqa: E402

from analysis import corrections as cx  # noqa: E402
from ui import corrections_view, render  # noqa: E402
from ui import setup  # noqa: E402

st.title("Corrections")
st.caption("What analysts corrected. Corrections are kept in the store beside the machine's output, "
           "which never changes; they are applied again on every load and after re-analysis.")

file = cx.store_file()
stored = corrections_view.read_stored(file)
records = stored.corrections
report = setup.correction_report(setup.session_corpus())

if flash := st.session_state.pop("corr_flash", None):
    st.success(flash)
for error in st.session_state.pop("corr_errors", []):
    st.error(render.md_escape(error))
corrections_view.render_problems(file, stored, report, page.user)

n_active = sum(not c.undone for c in records)
st.caption(f"{n_active} active · {len(records) - n_active} undone · {len(report.stale)} not found in this "
           f"corpus (stale) · {len(report.failed)} failed · stored in the store's {file.name}")
st.dataframe(cx.table(records, [c.id for c in report.stale], corrections_view.failed_reasons(report)),
             hide_index=True, width="stretch", column_config={"id": None, "operation": None})
st.download_button("Download corrections (JSON)", cx.export_json(records), file_name="actorlens-corrections.json",
                   mime="application/json", key="corr_export")

if page.user.can_edit:
    st.subheader("Correct the analysis")
    corrections_view.render_forms(file, page.warehouse, records, page.user)
    corrections_view.render_import(file, page.user)
else:
    st.info(f"Signed in as {page.user.name} ({page.user.role}): only editors can change corrections.")
