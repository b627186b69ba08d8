"""Documents printed from a case: the document and notice dialogs (the print preview is in ui/common)."""
