// A plain minimal API on Kestrel, with the same host defaults as Urbis (CreateBuilder, Production,
// logging set by bench/run.sh), so that its speed is what this machine can do at best.
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/hello", () => "Hello, World!");
await app.RunAsync();
