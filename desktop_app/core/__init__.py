"""Logic of the app, free of Qt widgets: client, verdict model, messages."""
