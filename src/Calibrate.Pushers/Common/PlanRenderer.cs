using System.Text;

namespace Calibrate.Pushers.Common;

/// <summary>The human-readable form of a plan, for `--dry-run` and for the report after a push: diffs and argv.</summary>
public static class PlanRenderer
{
    public static string Render(PushPlan plan, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var text = new StringBuilder();
        text.Append(plan.Target).Append(": ").Append(plan.Subject).Append('\n');
        if (!plan.HasChanges)
        {
            text.Append("nothing to change: the target already holds these values\n");
        }
        else
        {
            text.Append(dryRun ? "would change (dry run, nothing was changed):\n" : "changes:\n");
            foreach (var file in plan.ChangedFiles)
            {
                text.Append(UnifiedDiff.Render(file.Path, file.Before, file.After));
            }

            foreach (var command in plan.Commands)
            {
                text.Append(dryRun ? "would run: " : "run: ").Append(command.Command.Display).Append("   # ").Append(command.Purpose).Append('\n');
            }
        }

        foreach (var note in plan.Notes)
        {
            text.Append("note: ").Append(note.Replace("\n", "\n  ", StringComparison.Ordinal)).Append('\n');
        }

        return text.ToString();
    }
}
