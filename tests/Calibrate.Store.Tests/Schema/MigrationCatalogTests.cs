using Calibrate.Store.Schema;

namespace Calibrate.Store.Tests.Schema;

public sealed class MigrationCatalogTests
{
    [Test]
    public void Both_dialects_have_the_same_ordered_steps_from_one()
    {
        Assert.That(MigrationCatalog.Sqlite.Select(m => (m.Version, m.Name)), Is.EqualTo(MigrationCatalog.Postgres.Select(m => (m.Version, m.Name))));
        Assert.That(MigrationCatalog.Sqlite.Select(m => m.Version), Is.EqualTo(Enumerable.Range(1, MigrationCatalog.Sqlite.Count)));
        Assert.That(MigrationCatalog.Sqlite.Concat(MigrationCatalog.Postgres).Select(m => m.Sql), Has.All.Contains("CREATE").Or.Contains("ALTER TABLE"));
    }
}
