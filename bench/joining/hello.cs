// The plain Kestrel "hello" ceiling for bench/joining.sh when bench/Hello (the harness's) is not
// there: a minimal API with the host defaults Urbis uses, JIT-compiled like Urbis.
#:sdk Microsoft.NET.Sdk.Web
#:property PublishAot=false
#:property InvariantGlobalization=false
var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/hello", () => "Hello, World!");
app.Run();
