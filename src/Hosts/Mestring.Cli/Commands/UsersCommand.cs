using Mestring.Application.Access;
using Mestring.Application.Administration;
using Mestring.Data;
using Mestring.Data.Identity;
using Mestring.Data.Tenancy;
using Mestring.Domain.Access;
using Mestring.Domain.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Mestring.Cli.Commands;

/// <summary>
/// <c>mestring users list|create|deactivate|reactivate|reset-password|unlock</c>: the municipality's logins from the command
/// line, through the same use case as the admin API and pages (<see cref="UserAdministration"/>): the same checks, the same
/// audit entries (with <c>--by</c> as the administrator and <c>--reason</c> as why). Users are never deleted.
/// Exit codes: 0 done, 1 unknown municipality or user, 2 invalid input, 4 refused (e.g. a taken user name).
/// </summary>
public static class UsersCommand
{
    public static Command Create() => new("users", "The municipality's logins: list, create, deactivate, reactivate, reset a password, unlock.")
    {
        List(), CreateUser(), SetActive("deactivate", false), SetActive("reactivate", true), ResetPassword(), Unlock(),
    };

    private static Command List()
    {
        var format = new Option<string>("--format") { Description = "table (default) or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = Verb("list", "List the logins with their roles, teams and whether they are active.", format);
        command.SetAction((p, ct) => RunAsync(p, command, async (admin, stdout, ct2) =>
        {
            var listed = await admin.ListAsync(ct2);
            if (listed.IsSuccess)
            {
                await stdout.WriteLineAsync(p.GetValue(format) == "json" ? System.Text.Json.JsonSerializer.Serialize(listed.Value, Json) : Table(listed.Value));
            }
            return listed.IsSuccess ? null : listed.Error;
        }, ct));
        return command;
    }

    private static Command CreateUser()
    {
        var userName = new Option<string>("--user-name") { Description = "The login name (letters a–z, digits and - . _ @ +).", Required = true };
        var displayName = new Option<string>("--display-name") { Description = "The person's full name, as pages and logs show it.", Required = true };
        var password = new Option<string>("--password") { Description = "The first password (at least 12 characters).", Required = true };
        var roles = new Option<string[]>("--role") { Description = "A role (Caseworker, Provider, Citizen, Network, Manager, Supervision, Admin, Auditor); repeat for more.", Required = true, AllowMultipleArgumentsPerToken = true };
        var teams = new Option<string[]>("--team") { Description = "A team name or id; repeat for more." };
        var provider = new Option<Guid?>("--provider-id") { Description = "The provider a Provider login works for." };
        var citizen = new Option<Guid?>("--citizen-id") { Description = "The citizen a Citizen login belongs to." };
        var command = Verb("create", "Create a login; it can sign in at once.", userName, displayName, password, roles, teams, provider, citizen);
        command.SetAction((p, ct) => RunAsync(p, command, async (admin, stdout, ct2) =>
        {
            var created = await admin.CreateAsync(new CreateUserRequest(p.GetValue(userName), p.GetValue(displayName), p.GetValue(password),
                p.GetValue(roles), p.GetValue(teams) ?? [], p.GetValue(provider), p.GetValue(citizen), p.GetValue(Reason(command))), ct2);
            if (created.IsSuccess)
            {
                await stdout.WriteLineAsync($"Created {created.Value.UserName} ({created.Value.DisplayName}), id {created.Value.Id}");
            }
            return created.IsSuccess ? null : created.Error;
        }, ct));
        return command;
    }

    private static Command SetActive(string name, bool active)
    {
        var user = UserArgument();
        var command = Verb(name, active ? "Let a deactivated login sign in again." : "Stop a login from signing in (its open sessions end; it stays named in the audit log).", user);
        command.SetAction((p, ct) => WithUserAsync(p, command, user, (admin, id, ct2) =>
            admin.UpdateAsync(id, new UpdateUserRequest(Active: active, Reason: p.GetValue(Reason(command))), ct2), active ? "reactivated" : "deactivated", ct));
        return command;
    }

    private static Command ResetPassword()
    {
        var user = UserArgument();
        var password = new Option<string>("--password") { Description = "The new password (at least 12 characters), to hand to the person.", Required = true };
        var command = Verb("reset-password", "Set a new password (its open sessions end).", user, password);
        command.SetAction((p, ct) => WithUserAsync(p, command, user, (admin, id, ct2) =>
            admin.ResetPasswordAsync(id, new PasswordResetRequest(p.GetValue(password), p.GetValue(Reason(command))), ct2), "has a new password", ct));
        return command;
    }

    private static Command Unlock()
    {
        var user = UserArgument();
        var command = Verb("unlock", "Lift a lock-out after too many failed sign-ins.", user);
        command.SetAction((p, ct) => WithUserAsync(p, command, user, (admin, id, ct2) =>
            admin.UnlockAsync(id, new AdminReasonRequest(p.GetValue(Reason(command))), ct2), "unlocked", ct));
        return command;
    }

    private static Argument<string> UserArgument() => new("USER") { Description = "The login's user name (or id)." };

    // Every verb takes the administrator (--by), the reason, the database and the municipality.
    private static Command Verb(string name, string description, params Symbol[] symbols)
    {
        var command = new Command(name, description);
        foreach (var symbol in symbols)
        {
            if (symbol is Option option)
            {
                command.Options.Add(option);
            }
            else if (symbol is Argument argument)
            {
                command.Arguments.Add(argument);
            }
        }
        command.Options.Add(new Option<string>("--by") { Description = "The administrator who makes the change (recorded in the audit log).", Required = name != "list" });
        command.Options.Add(new Option<string?>("--reason") { Description = "Why (recorded in the audit log)." });
        command.Options.Add(DatabaseOption.Create());
        command.Options.Add(MunicipalityChoice.CreateOption());
        return command;
    }

    private static Option<string?> Reason(Command command) => (Option<string?>)command.Options.Single(o => o.Name == "--reason");

    private static Task<int> WithUserAsync(ParseResult p, Command command, Argument<string> user,
        Func<UserAdministration, string, CancellationToken, Task<Result<UserDto>>> change, string done, CancellationToken ct) =>
        RunAsync(p, command, async (admin, stdout, ct2) =>
        {
            var wanted = p.GetValue(user)!.Trim();
            var listed = await admin.ListAsync(ct2);
            if (!listed.IsSuccess)
            {
                return listed.Error;
            }
            var found = listed.Value.FirstOrDefault(u => string.Equals(u.UserName, wanted, StringComparison.OrdinalIgnoreCase) || u.Id == wanted);
            if (found is null)
            {
                return Error.NotFound("user");
            }
            var changed = await change(admin, found.Id, ct2);
            if (changed.IsSuccess)
            {
                await stdout.WriteLineAsync($"{changed.Value.UserName} ({changed.Value.DisplayName}) {done}; active: {(changed.Value.Active ? "yes" : "no")}");
            }
            return changed.IsSuccess ? null : changed.Error;
        }, ct);

    private static async Task<int> RunAsync(ParseResult p, Command command, Func<UserAdministration, TextWriter, CancellationToken, Task<Error?>> run, CancellationToken ct)
    {
        var stderr = p.InvocationConfiguration.Error;
        var verb = "mestring users " + command.Name;
        await using var db = await DatabaseOption.OpenAsync(p.GetValue((Option<string?>)command.Options.Single(o => o.Name == "--database")), verb, ct);
        var target = await MunicipalityChoice.ResolveAsync(db, p.GetValue((Option<string?>)command.Options.Single(o => o.Name == "--municipality")), stderr, ct);
        if (target is null)
        {
            return CliErrors.Usage;
        }
        var by = p.GetValue((Option<string>)command.Options.Single(o => o.Name == "--by"));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(db);
        services.AddSingleton(TimeProvider.System);
        var admin = new CommandLineAdministrator(target.Id, string.IsNullOrWhiteSpace(by) ? "mestring users" : by.Trim());
        services.AddSingleton<ICurrentUser>(admin);
        services.AddSingleton<IAuditActor>(admin);
        services.AddSingleton<ITenantContext>(admin);
        services.AddScoped<AuditTrail>();
        services.AddIdentityCore<AppUser>(LoginRules.Configure).AddEntityFrameworkStores<MestringDbContext>();
        services.AddScoped<UserAdministration>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var error = await run(scope.ServiceProvider.GetRequiredService<UserAdministration>(), p.InvocationConfiguration.Output, ct);
        return error is null ? CliErrors.Ok : await CliErrors.ReportAsync(error, stderr, verb);
    }

    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web) { WriteIndented = true };

    private static string Table(IEnumerable<UserDto> users)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"user",-16} {"name",-26} {"roles",-22} {"teams",-22} active");
        foreach (var u in users)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{u.UserName,-16} {u.DisplayName,-26} {string.Join(",", u.Roles),-22} {string.Join(",", u.Teams),-22} {(u.Active ? "yes" : "no")}");
        }
        return text.ToString().TrimEnd();
    }

    /// <summary>The administrator the command line acts for: <c>--by</c>, in the chosen municipality, with the Admin role.</summary>
    private sealed class CommandLineAdministrator(Guid municipalityId, string by) : ICurrentUser
    {
        public bool IsAuthenticated => true;
        public Guid? MunicipalityId => municipalityId;
        public bool IsSystem => false;
        public string UserId => by;
        public string UserName => by;
        public string DisplayName => by;
        public string Role => Roles.Admin;
        public string? Reason { get; set; }
        public Guid? TeamId => null;
        public Guid? ProviderId => null;
        public Guid? CitizenId => null;
        public Viewer Viewer => new(UserId, UserName, Role, municipalityId, null, null, null);
    }
}
