"""Documents printed from a case: document and notice dialogs, the print preview."""
