"""String-level field parsers shared by the HTML and the text paths.

Each module is a pure function of one string (or a few lines) with no knowledge of where the
string came from. A new metadata-line label, credit role or footer label is a row in the
table at the top of its module.
"""
