namespace Calibrate.TestSupport.Files;

/// <summary>Files of the repository the tests run from (the folder that holds Calibrate.sln above the test's output).</summary>
public static class Repository
{
    public static string Root
    {
        get
        {
            for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(directory.FullName, "Calibrate.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("no Calibrate.sln above the test directory");
        }
    }

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);
}
