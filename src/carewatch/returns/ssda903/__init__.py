"""The SSDA903 (children looked after) return: reader and DfE validation rules."""
