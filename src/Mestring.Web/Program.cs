var app = WebApplication.CreateBuilder(args).Build();
app.Run();

/// <summary>Entry point, public so that WebApplicationFactory can host it in tests.</summary>
public partial class Program;
