"""launches-bot: news of North Korean missile launches in, a clean index of launch events out."""
