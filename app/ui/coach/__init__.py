"""The Coach section: the weekly plan, the job-ad story bank, two attempts word by word, and the one-way interview
mode. Each tab reads the store through `app.services.coaching` on a worker thread and only draws the result."""
