"""carewatch: statutory returns, DfE rules, measures, inspections and the improvement plan of a council's
children's services, in one place."""

__version__ = "0.1.0"
