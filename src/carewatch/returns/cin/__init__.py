"""The children in need census: reader and DfE validation rules."""
