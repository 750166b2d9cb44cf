using System.Text.Json.Nodes;
using Calibrate.Core.Factors;
using Calibrate.Node.Calibration;
using Calibrate.Statistics.Calibration;
using Calibrate.Statistics.Json;

namespace Calibrate.Node.Tests.Calibration;

/// <summary>One current model per unit; a site's model from before units were recorded keeps being used, as HS06.</summary>
public sealed class ModelRepositoryTests
{
    private string _directory = "";

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("calibrate-models-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    private static CalibrationModel Model(int version, AccountingUnit unit, double k) => DefaultModel.Provisional with
    {
        Id = "site",
        Version = version,
        Unit = unit,
        K = k,
        Provisional = false,
    };

    [Test]
    public void Each_unit_has_its_own_current_model_and_a_unit_without_one_takes_the_other()
    {
        var repository = new ModelRepository(_directory);
        Assert.That(repository.Current(AccountingUnit.HS23).Provisional, Is.True, "nothing fitted: the provisional model");
        repository.Save(Model(1, AccountingUnit.HS06, 2.0));
        Assert.That(repository.Current(AccountingUnit.HS23).K, Is.EqualTo(2.0), "HS23 carries the HS06 model 1:1 until it has its own");
        repository.Save(Model(2, AccountingUnit.HS23, 2.5));
        Assert.Multiple(() =>
        {
            Assert.That((repository.Current(AccountingUnit.HS23).K, repository.Current(AccountingUnit.HS23).Unit), Is.EqualTo((2.5, AccountingUnit.HS23)));
            Assert.That((repository.Current(AccountingUnit.HS06).K, repository.Current(AccountingUnit.HS06).Unit), Is.EqualTo((2.0, AccountingUnit.HS06)));
            Assert.That(repository.NextVersion(), Is.EqualTo(3));
            Assert.That(repository.Find("site@1")!.K, Is.EqualTo(2.0));
        });
    }

    [Test]
    public void A_current_json_written_before_units_is_an_HS06_model_and_still_used()
    {
        var node = JsonNode.Parse(CalibrationModelJson.Serialize(Model(1, AccountingUnit.HS06, 1.8)))!.AsObject();
        Assert.That(node.Remove("unit"), Is.True, "the file is shaped as before units");
        var json = node.ToJsonString();
        File.WriteAllText(Path.Combine(_directory, "current.json"), json);
        var current = new ModelRepository(_directory).Current(AccountingUnit.HS06);
        Assert.That((current.K, current.Unit, current.Id), Is.EqualTo((1.8, AccountingUnit.HS06, "site")));
    }
}
