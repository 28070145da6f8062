"""Spam filter backends: each looks at a comment and returns Verdicts with reasons."""
